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
        var corrected = new List<bool>(raw.Count);
        foreach (var token in raw)
        {
            var fix = IsKnown(token, index) || names.Contains(token) ? null : index.Speller.Correct(token) ?? EnglishSpeller.Correct(token);
            tokens.Add(fix ?? token);
            corrected.Add(fix is not null);
        }
        var concepts = new List<QueryConcept>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (Lexicon.IsStopWord(token))
            {
                continue;
            }
            var stem = Stemmer.Stem(token);
            var key = index.Synonyms.ConceptOf(stem);
            if (!seen.Add(key))
            {
                continue;
            }
            concepts.Add(new QueryConcept(key, token, corrected[i], names.Contains(raw[i])) { Id = index.ConceptId(key) });
        }
        var wh = WhWordOf(tokens);
        var counted = QuestionKinds.CountedWord(tokens);
        return new AnalyzedQuestion(QuestionKinds.Detect(tokens), wh, concepts)
        {
            WhId = wh is null ? -1 : index.ConceptId(wh),
            CountedId = counted is null ? -1 : index.ConceptId(index.Synonyms.ConceptOf(Stemmer.Stem(counted))),
            CountsNamedThing = counted is not null,
        };
    }

    /// <summary>The question word as a pseudo-concept ("?who", "?howmany"), or null.</summary>
    public static string? WhWordOf(IReadOnlyList<string> tokens)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        for (var i = 0; i < Math.Min(tokens.Count, 6); i++)
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

    // A real English word is never "corrected" into a store word: "rain" must not become "main".
    private static bool IsKnown(string token, MatchIndex index) =>
        index.Speller.IsKnown(token) || index.ConceptId(index.Synonyms.ConceptOf(Stemmer.Stem(token))) >= 0 ||
        Lexicon.RarityOf(token) != WordRarity.Rare;
}
