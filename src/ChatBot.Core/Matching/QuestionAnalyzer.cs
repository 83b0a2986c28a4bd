using System.Runtime.InteropServices;

namespace ChatBot.Core.Matching;

/// <summary>Turns a raw question into concepts: tokens, typo fixes, stems and synonym groups.</summary>
public static class QuestionAnalyzer
{
    public static AnalyzedQuestion Analyze(string question, MatchIndex index)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(index);
        var raw = Tokenizer.Tokenize(question, Tokenizer.MaxTokens);
        var names = NameDetector.Names(question);
        var tokens = new List<string>(raw.Count);
        Span<bool> corrected = stackalloc bool[raw.Count];
        foreach (var written in raw)
        {
            var token = Lexicon.Unchat(written);
            var fix = IsKnown(token, index) ? null
                : names.Contains(written) ? NameVariant(token, index)
                : index.Speller.Correct(token) ?? EnglishSpeller.Correct(token);
            corrected[tokens.Count] = fix is not null;
            tokens.Add(fix ?? token);
        }
        var concepts = new List<QueryConcept>(tokens.Count);

        var asksRole = false;
        List<int>? dropped = null;
        List<int>? units = null;
        var asksMeasure = false;
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            // "What is General Brell's rank?" asks who he is: any title the fact gives him answers it.
            if (QuestionKinds.IsRoleNoun(tokens, i))
            {
                asksRole = true;
                Drop(token, index, ref dropped);
                continue;
            }
            // "How long did the talks last?": "how long" is the question word; the fact says "three days", not "long".
            // "What time did it start?" asks an hour or a part of the day, which "on Tuesday" does not give.
            // "ceasefire length", "the duration of the truce" ask "how long" too.
            var lengthNoun = token is "length" or "duration";
            if (((i > 0 && (tokens[i - 1] == "how" || QuestionKinds.AsksClockTime(tokens, i) || QuestionKinds.AsksDay(tokens, i))) || lengthNoun) &&
                QuestionKinds.UnitsOf(lengthNoun ? "long" : token) is { Count: > 0 } measure)
            {
                asksMeasure = true;
                foreach (var unit in measure)
                {
                    // A counted unit is kept as its complement: the fact's counted words are looked up, not its mentions.
                    var afterNumber = unit[0] == '#';
                    var unitId = index.ConceptId(index.Synonyms.ConceptOf(Stemmer.Stem(afterNumber ? unit[1..] : unit)));
                    if (unitId >= 0)
                    {
                        (units ??= []).Add(afterNumber ? ~unitId : unitId);
                    }
                }
                // "What time" keeps its word: it is asked, not a question word as "how long" is.
                if (lengthNoun || tokens[i - 1] == "how")
                {
                    Drop(token, index, ref dropped);
                    continue;
                }
            }
            if (Lexicon.IsStopWord(token))
            {
                continue;
            }
            var stem = Stemmer.Stem(token);
            var key = index.Synonyms.ConceptOf(stem);
            // A question has a few dozen words at most: a scan beats a hash set's allocations.
            if (HasKey(concepts, key))
            {
                continue;
            }
            var id = index.ConceptId(key);
            concepts.Add(new QueryConcept(key, token, corrected[i], names.Contains(raw[i]))
            {
                Id = id,
                Related = RelatedIds(stem, i + 1 < tokens.Count ? tokens[i + 1] : null, id, index),
            });
        }
        var wh = WhWordOf(tokens);
        var counted = QuestionKinds.CountedWord(tokens);
        var kind = QuestionKinds.Detect(tokens);
        var predicate = PredicateOf(tokens, concepts);
        var asked = predicate >= 0 ? predicate : UnknownPassive(tokens, concepts);
        return new AnalyzedQuestion(asksRole && kind == AnswerKind.None ? AnswerKind.Person : kind, wh, concepts)
        {
            Focus = FocusOf(question, raw, names),
            Affiliations = AffiliationsOf(tokens, index),
            PredicateIndex = asked,
            LastPredicateIndex = LastPredicateOf(tokens, concepts, predicate),
            WhId = wh is null ? -1 : index.ConceptId(wh),
            CountedId = counted is null ? -1 : index.ConceptId(index.Synonyms.ConceptOf(Stemmer.Stem(counted))),
            CountsNamedThing = counted is not null,
            CountedRelated = counted is null ? [] : RelatedOf(concepts, index.Synonyms.ConceptOf(Stemmer.Stem(counted))),
            MeasureUnits = units is null ? [] : [.. units],
            AsksMeasure = asksMeasure,
            // "I don't get why… What did Russia say?": a why that frames a long message does not say what it asks.
            OpensWithWhy = kind == AnswerKind.Reason && tokens.Count <= ShortQuestion && WhWordOf(tokens, 2) == "?why",
            SpeakerIds = SpeakerNames.Asked(tokens, raw, names, index),
            WhereInId = PlaceNames.WhereIn(tokens, index),
            DroppedIds = dropped is null ? [] : [.. dropped],
            AsksRole = asksRole,
            AsksStart = kind == AnswerKind.Time && Events.AsksStart(tokens),
            NamedAskedId = NamedAsked(tokens, index),
            AsksCurrent = HasAny(tokens, AnswerKinds.CurrentWords) && !HasAny(tokens, Hypothetical),
        };
    }

    /// <summary>
    /// A word read as the kind of answer ("post", "how long") rather than matched, noted by the concept a stored
    /// question gives it: a question asked exactly as a curator stored it still counts as the stored one.
    /// </summary>
    private static void Drop(string token, MatchIndex index, ref List<int>? dropped)
    {
        if (Lexicon.IsStopWord(token))
        {
            return;
        }
        var id = index.ConceptId(index.Synonyms.ConceptOf(Stemmer.Stem(token)));
        if (id >= 0 && !(dropped?.Contains(id) ?? false))
        {
            (dropped ??= []).Add(id);
        }
    }

    /// <summary>The store's concepts related to a word, or to the phrase it starts ("wrap up", "kick off").</summary>
    private static int[] RelatedIds(string stem, string? next, int own, MatchIndex index)
    {
        var words = RelatedWords.Of(stem);
        if (next is "up" or "down" or "off" or "out" or "over" or "in" or "on" or "away" or "back" or "along" or "for" or "with" or "together" &&
            RelatedWords.Of(stem + " " + next) is { Count: > 0 } phrase)
        {
            words = phrase;
        }
        List<int>? ids = null;
        // By index: a foreach over the interface would allocate an enumerator for every word of every question.
        for (var i = 0; i < words.Count; i++)
        {
            var id = index.ConceptId(index.Synonyms.ConceptOf(words[i]));
            if (id >= 0 && id != own && !(ids?.Contains(id) ?? false))
            {
                (ids ??= []).Add(id);
            }
        }
        return ids is null ? [] : [.. ids];
    }

    private static List<Affiliation> AffiliationsOf(List<string> tokens, MatchIndex index)
    {
        if (!tokens.Exists(Affiliations.IsRole))
        {
            return [];
        }
        var words = tokens.ConvertAll(Affiliations.Describe);
        var pairs = new List<(string Owner, int Role)>();
        Affiliations.Find(CollectionsMarshal.AsSpan(words), CollectionsMarshal.AsSpan(tokens), pairs);
        var found = new List<Affiliation>(pairs.Count);
        foreach (var (owner, role) in pairs)
        {
            var concept = index.ConceptId(index.Synonyms.ConceptOf(Stemmer.Stem(tokens[role])));
            if (concept >= 0)
            {
                found.Add(new Affiliation(index.OwnerId(owner), concept));
            }
        }
        return found;
    }

    /// <summary>
    /// The focus groups of the sentence that asks ("Who held the post <i>before</i> her?"), near its start: in a chatty
    /// message the same words frame the question instead ("Before I share this, is it confirmed…", "people say…").
    /// </summary>
    private static ulong FocusOf(string question, List<string> questionWords, IReadOnlySet<string> names)
    {
        var asking = question.AsSpan();
        var mark = asking.IndexOf('?');
        var start = 0;
        if (mark >= 0)
        {
            start = asking[..mark].LastIndexOfAny(SentenceEnds) + 1;
            asking = asking[start..mark];
        }
        ulong focus = 0;
        // Most questions are one sentence: its words are the question's first words, already read.
        var whole = start == 0 && (mark < 0 || question.AsSpan(mark + 1).IsWhiteSpace());
        var words = whole ? questionWords : Tokenizer.Tokenize(asking.ToString(), FocusWindow + 1);
        // "Did the disputes get worse after the dam was built?" asks whether, and "after" only dates it; "after
        // Geneva" (a name) still asks what came next.
        var yesNo = words.Count > 0 && YesNoOpeners.Contains(words[0]);
        for (var i = 1; i < Math.Min(words.Count, FocusWindow + 1); i++)
        {
            // "Who are said to have drafted it?" reports hearsay; it does not ask what anyone said.
            if (Lexicon.FocusGroupOf(Lexicon.Unchat(words[i])) is var group and >= 0 &&
                !(words[i] == "said" && words[i - 1] is "is" or "are" or "was" or "were" or "been") &&
                !(yesNo && words[i] is "before" or "after" && i + 1 < words.Count && !names.Contains(words[i + 1])))
            {
                focus |= 1UL << group;
            }
        }
        return focus;
    }

    private const int FocusWindow = 8;
    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n', ';'];

    /// <summary>
    /// In a question that opens with its question word, the first ordinary word after it names what is asked of the
    /// names around it: "Who will <i>replace</i> the envoy?", "How many were <i>injured</i> in the strike?". Nouns that
    /// only say what kind of answer is wanted ("which city", "what date") are left to the answer kind.
    /// </summary>
    private static int PredicateOf(List<string> tokens, List<QueryConcept> concepts)
    {
        // The question word within the first two words ("who…", "and who…"): WhWordOf reads that far into them.
        if (WhWordOf(tokens, 2) is null)
        {
            return -1;
        }
        for (var c = 0; c < concepts.Count; c++)
        {
            if (!FeatureExtractor.IsRare(concepts[c]) && !QuestionKinds.IsKindNoun(concepts[c].Word) && !IsLight(concepts[c].Word))
            {
                return c;
            }
        }
        return -1;
    }

    /// <summary>
    /// "Has anyone been detained over the blast?": a yes/no question in the passive whose verb no fact uses, nor a word
    /// related to it, asks what the store does not state, however many of its names a fact shares; or -1.
    /// </summary>
    private static int UnknownPassive(List<string> tokens, List<QueryConcept> concepts)
    {
        if (tokens.Count == 0 || !YesNoOpeners.Contains(tokens[0]))
        {
            return -1;
        }
        for (var i = 1; i + 1 < tokens.Count; i++)
        {
            if (tokens[i] is "been" or "being" && tokens[i + 1].EndsWith("ed", StringComparison.Ordinal))
            {
                for (var c = 0; c < concepts.Count; c++)
                {
                    if (concepts[c].Word == tokens[i + 1])
                    {
                        return concepts[c].Id < 0 && !FeatureExtractor.IsRare(concepts[c]) ? c : -1;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /// <summary>A number or a light word (Lexicon/light.txt) stands where the predicate does but rarely is it.</summary>
    internal static bool IsLight(string word) => AnswerKinds.IsNumber(word) || Lexicon.LightWords.Contains(word);

    /// <summary>
    /// In a short question that opens with its question word, the last ordinary word is its verb or object as often as
    /// not: "When was the pumping station <i>built</i>?", "How many of those killed were <i>children</i>?".
    /// </summary>
    private static int LastPredicateOf(List<string> tokens, List<QueryConcept> concepts, int first)
    {
        if (first < 0 || tokens.Count > ShortQuestion)
        {
            return -1;
        }
        for (var c = concepts.Count - 1; c > first; c--)
        {
            if (!FeatureExtractor.IsRare(concepts[c]) && !QuestionKinds.IsKindNoun(concepts[c].Word) && !IsLight(concepts[c].Word))
            {
                return c;
            }
        }
        return -1;
    }

    private const int ShortQuestion = 10;

    // "What would the region receive under the plan?" asks about the plan itself.
    private static readonly HashSet<string> Hypothetical = ["would", "could", "plan", "proposal", "proposed", "proposes", "under", "if"];

    /// <summary>
    /// "Which hospital did he run?", "Into which sea does it flow?", "What is the name of the village?": the thing whose
    /// name is asked, as a concept of the store, or -1. Kind nouns ("which city") are left to the answer kind; a light
    /// word ("which senior officers") or an adjective before the noun leaves it unread.
    /// </summary>
    private static int NamedAsked(List<string> tokens, MatchIndex index)
    {
        var at = -1;
        for (var i = 0; i < Math.Min(tokens.Count - 1, 3) && at < 0; i++)
        {
            at = tokens[i] == "which" ? i + 1 : -1;
        }
        for (var i = 0; i + 2 < Math.Min(tokens.Count, FocusWindow) && at < 0; i++)
        {
            if (tokens[i] == "name" && tokens[i + 1] == "of")
            {
                at = tokens[i + 2] == "the" && i + 3 < tokens.Count ? i + 3 : i + 2;
            }
        }
        if (at < 0)
        {
            return -1;
        }
        var noun = tokens[at];
        if (Lexicon.IsStopWord(noun) || QuestionKinds.IsKindNoun(noun) || IsLight(noun) ||
            Lexicon.RarityOf(noun) == WordRarity.Rare)
        {
            return -1;
        }
        return index.ConceptId(index.Synonyms.ConceptOf(Stemmer.Stem(noun)));
    }

    private static int[] RelatedOf(List<QueryConcept> concepts, string key)
    {
        foreach (var c in concepts)
        {
            if (c.Key == key)
            {
                return c.Related;
            }
        }
        return [];
    }

    private static readonly HashSet<string> YesNoOpeners =
        ["did", "does", "do", "is", "was", "were", "are", "has", "have", "had", "will", "would", "can", "could"];

    // A loop, not List.Exists: a method group would allocate a delegate on every question.
    private static bool HasAny(List<string> tokens, HashSet<string> words)
    {
        foreach (var t in tokens)
        {
            if (words.Contains(t))
            {
                return true;
            }
        }
        return false;
    }

    private static bool HasKey(List<QueryConcept> concepts, string key)
    {
        foreach (var c in concepts)
        {
            if (c.Key == key)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The question word as a pseudo-concept ("?who", "?howmany"), or null.</summary>
    public static string? WhWordOf(IReadOnlyList<string> tokens) => WhWordOf(tokens, 6);

    /// <summary>The question word among the first <paramref name="within"/> words.</summary>
    public static string? WhWordOf(IReadOnlyList<string> tokens, int within)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var i = 0; i < Math.Min(tokens.Count, within); i++)
        {
            switch (tokens[i])
            {
                case "who" or "whom" or "whose" or "whos": return "?who";
                case "when": return "?when";
                case "where": return "?where";
                case "why": return "?why";
                case "how" when i + 1 < tokens.Count && tokens[i + 1] is "many" or "much": return "?howmany";
                case "how": return "?how";
                case "what" or "which" or "whats": return "?what";
                default: break;
            }
        }
        return null;
    }

    /// <summary>
    /// A name the store spells one letter differently ("Chmyhal", "Selenskyj" → the store's name), when both are
    /// long enough that one edit is a spelling, not another name.
    /// </summary>
    private static string? NameVariant(string token, MatchIndex index) =>
        token.Length >= MinNameVariant && index.Speller.CorrectByOne(token) is { Length: >= MinNameVariant } name &&
        Lexicon.RarityOf(name) == WordRarity.Rare ? name : null;

    private const int MinNameVariant = 6;

    // A real English word is never "corrected" into a store word: "rain" must not become "main".
    private static bool IsKnown(string token, MatchIndex index) =>
        index.Speller.IsKnown(token) || index.ConceptId(index.Synonyms.ConceptOf(Stemmer.Stem(token))) >= 0 ||
        Lexicon.RarityOf(token) != WordRarity.Rare;
}
