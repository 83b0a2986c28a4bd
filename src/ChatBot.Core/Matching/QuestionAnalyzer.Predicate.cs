namespace ChatBot.Core.Matching;

/// <summary>What a question asks of the names in it: the verb or object it asks about, or the thing whose name it asks.</summary>
public static partial class QuestionAnalyzer
{
    /// <summary>
    /// In a question that opens with its question word, the first ordinary word after it names what is asked of the
    /// names around it: "Who will <i>replace</i> the envoy?", "How many were <i>injured</i> in the strike?". Nouns that
    /// only say what kind of answer is wanted ("which city", "what date") are left to the answer kind.
    /// </summary>
    private static int PredicateOf(List<string> tokens, List<QueryConcept> concepts) => PredicateOf(tokens, concepts, 0);

    /// <summary>
    /// When the predicate is a noun naming a person ("What did Telsaria's top <i>diplomat</i> say?"), the next word that
    /// could be it: the noun may only say whom the question is about, in other words than the fact's ("foreign
    /// minister"), so a fact without it may still answer what is asked of them; or -1.
    /// </summary>
    private static int PredicateAfterPerson(List<string> tokens, List<QueryConcept> concepts, int predicate, string? counted)
    {
        if (predicate < 0 || !Lexicon.Persons.Contains(concepts[predicate].Word))
        {
            return -1;
        }
        // "How many Telsarian soldiers died?": the people counted are what is asked, not a description of whom.
        var at = tokens.IndexOf(concepts[predicate].Word);
        return at < 0 || (counted is not null && (tokens[at] == counted || (at > 0 && tokens[at - 1] == counted))) ? -1
            : PredicateOf(tokens, concepts, predicate + 1);
    }

    private static int PredicateOf(List<string> tokens, List<QueryConcept> concepts, int from)
    {
        // The question word within the first two words ("who…", "and who…"): WhWordOf reads that far into them.
        if (WhWordOf(tokens, 2) is null)
        {
            return -1;
        }
        // "How much money has the fund raised?": the noun after "how much" is the quantity's unit; the verb says what is
        // asked of it, so it is the predicate when there is one.
        var unit = tokens.Count > 3 && tokens[0] == "how" && tokens[1] == "much" ? tokens[2] : null;
        var first = -1;
        for (var c = from; c < concepts.Count; c++)
        {
            if (MayBePredicate(tokens, concepts[c]))
            {
                if (unit is null || concepts[c].Word != unit)
                {
                    return c;
                }
                first = first < 0 ? c : first;
            }
        }
        return first;
    }

    /// <summary>
    /// Words that say whom a question is about, not what it asks of them: an adverb made of a known word ("Who
    /// <i>originally</i> set out the terms?") says how; "the <i>downstream</i> country", "the <i>civilian</i> head of the
    /// army", "the <i>woman</i> speaking for the ministry" describe someone the fact names otherwise. They still count
    /// as words of the question; only the predicate check reads past them.
    /// </summary>
    private static bool Describes(string word) =>
        Lexicon.Describers.Contains(word) ||
        (word.Length >= MinAdverb && word.EndsWith("ly", StringComparison.Ordinal) && Lexicon.RarityOf(word[..^2]) != WordRarity.Rare);

    private const int MinAdverb = 6;

    /// <summary>
    /// "What would Telsaria gain under the <i>rejected</i> offer?", "Who paid for the <i>promised</i> aid?": a
    /// participle between a determiner and its noun describes the noun, as an adjective does; the question asks
    /// something else of it.
    /// </summary>
    private static bool Attributive(List<string> tokens, string word)
    {
        var at = tokens.IndexOf(word);
        return at > 0 && at + 1 < tokens.Count && word.Length > MinParticiple && word.EndsWith("ed", StringComparison.Ordinal) &&
            Determiners.Contains(tokens[at - 1]) && !Lexicon.IsStopWord(tokens[at + 1]) && !AnswerKinds.IsNumber(tokens[at + 1]);
    }

    private const int MinParticiple = 4;

    /// <summary>An ordinary word of the question: not a name, a kind noun, a light word or a description of another word.</summary>
    private static bool MayBePredicate(List<string> tokens, QueryConcept concept) =>
        !FeatureExtractor.IsRare(concept) && !QuestionKinds.IsKindNoun(concept.Word) && !IsLight(concept.Word) &&
        !Describes(concept.Word) && !Attributive(tokens, concept.Word);

    private static readonly HashSet<string> Determiners = ["the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"];

    /// <summary>A number or a light word (Lexicon/light.txt) stands where the predicate does but rarely is it.</summary>
    internal static bool IsLight(string word) => AnswerKinds.IsNumber(word) || Lexicon.LightWords.Contains(word);

    /// <summary>
    /// In a short question that opens with its question word, the last ordinary word is its verb or object as often as
    /// not: "When was the pumping station <i>built</i>?", "How many of those killed were <i>children</i>?".
    /// </summary>
    private static int LastPredicateOf(List<string> tokens, List<QueryConcept> concepts, int first)
    {
        if (first >= 0 && EndsOnUnknownVerb(tokens, concepts))
        {
            return concepts.Count - 1;
        }
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

    /// <summary>
    /// "What do the defence accords between Vale and Denn contain?": however long the subject, the verb that closes a
    /// "what do…" question is what is asked of it. One no fact uses is read even past a short question's length, and
    /// even when it is light ("contain", "include"): a fact that never speaks of the contents does not give them.
    /// </summary>
    private static bool EndsOnUnknownVerb(List<string> tokens, List<QueryConcept> concepts) =>
        tokens.Count > 3 && tokens[0] == "what" && tokens[1] is "do" or "does" or "did" && concepts.Count > 0 &&
        concepts[^1].Word == tokens[^1] && concepts[^1].Id < 0 && !concepts[^1].IsName;

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
            // "Into which sea…", not the relative "the envoy which wrote the plan".
            at = tokens[i] == "which" && (i == 0 || Lexicon.IsStopWord(tokens[i - 1])) ? i + 1 : -1;
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
        return index.WordId(noun);
    }
}
