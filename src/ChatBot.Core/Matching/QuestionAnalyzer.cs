namespace ChatBot.Core.Matching;

/// <summary>Turns a raw question into concepts: tokens, typo fixes, stems and synonym groups.</summary>
public static partial class QuestionAnalyzer
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
        var preamble = PreambleTokens(question);
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
                    var unitId = index.WordId(afterNumber ? unit[1..] : unit);
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
            // "What position does he hold?", "What rank does she serve at?": the verb of a role question only frames it.
            if (asksRole && Lexicon.LightWords.Contains(token))
            {
                Drop(token, index, ref dropped);
                continue;
            }
            var stem = Stemmer.Stem(token);
            // "How many people live in Alderford?" asks who resides there, not the lives lost the synonym group means: a
            // word the store does not use, so a fact about deaths there does not answer it.
            var resides = Resides(tokens, i);
            var key = resides ? ResidesKey : index.Synonyms.ConceptOf(stem);
            // A question has a few dozen words at most: a scan beats a hash set's allocations.
            if (HasKey(concepts, key))
            {
                continue;
            }
            var id = index.ConceptId(key);
            concepts.Add(new QueryConcept(key, token, corrected[i], names.Contains(raw[i]))
            {
                Id = id,
                InPreamble = i < preamble,
                Related = resides ? [] : RelatedIds(stem, i + 1 < tokens.Count ? tokens[i + 1] : null, id, index),
            });
        }
        var wh = WhWordOf(tokens);
        var counted = QuestionKinds.CountedWord(tokens);
        var kind = QuestionKinds.Detect(tokens);
        var predicate = PredicateOf(tokens, concepts);
        var asked = predicate >= 0 ? predicate : UnknownPassive(tokens, concepts) is var passive and >= 0 ? passive : YesNoVerb(tokens, concepts);
        asked = asked >= 0 ? asked : UnknownTopic(tokens, concepts);
        var (season, otherSeasons) = Seasons.Of(tokens, wh, index);
        var focus = FocusOf(question, raw, names);
        var asksSum = AsksSum(concepts);
        return new AnalyzedQuestion(asksRole && kind == AnswerKind.None ? AnswerKind.Person : kind, wh, concepts)
        {
            Focus = focus,
            Affiliations = AffiliationsOf(tokens, index),
            PredicateIndex = asked,
            PredicateAfterPersonIndex = PredicateAfterPerson(tokens, concepts, predicate, counted),
            LastPredicateIndex = LastPredicateOf(tokens, concepts, predicate),
            WhId = wh is null ? -1 : index.ConceptId(wh),
            CountedId = counted is null ? -1 : index.WordId(counted),
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
            AsksCurrent = (HasAny(tokens, AnswerKinds.CurrentWords) || AtPresent(tokens)) && !HasAny(tokens, Hypothetical),
            GivenWholeId = GivenWhole(tokens, concepts),
            // "Did Vale invest in euro bonds?", "a fall in the pound" ask no sum in a currency.
            InCurrencyId = kind == AnswerKind.Number || asksSum ? InCurrency(tokens, concepts) : -1,
            AsksSum = asksSum,
            SeasonId = season,
            OtherSeasonIds = otherSeasons,
            AsksDeedOfNames = focus == 0 && AsksDeedOfNames(tokens, concepts),
            SaidAboutIndex = SaidAbout(tokens, concepts),
            ResponseSought = ResponseAsked(tokens, index),
            TallyId = kind == AnswerKind.Number ? TallyAsked(tokens, index) : -1,
            PlacedIds = kind == AnswerKind.Number ? PlacedNames(tokens, concepts) : [],
            AsksPastEvent = tokens.Count > 0 && tokens[0] == "did" && asked >= 0 && !concepts[asked].IsName,
        };
    }

    private const int ShortQuestion = 10;

    /// <summary>Which of <paramref name="concepts"/> was read from the question word <paramref name="word"/>, or -1.</summary>
    private static int ConceptAt(List<QueryConcept> concepts, string word)
    {
        for (var c = 0; c < concepts.Count; c++)
        {
            if (concepts[c].Word == word)
            {
                return c;
            }
        }
        return -1;
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
}
