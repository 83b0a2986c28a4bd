namespace ChatBot.Core.Matching;

/// <summary>
/// The passage fallback's match: a stored source sentence for a question no fact answers, judged by the checks a fact
/// must pass and by how close together it holds the question's words.
/// </summary>
internal static class PassageMatcher
{
    /// <summary>
    /// The source sentence that states what is asked, for a question no fact answers, or null. It must pass every check
    /// a fact must pass, hold every word of the question itself (no curator wrote questions for it; a related word,
    /// "population" for "people", is too weak a link) and hold them close together: a long sentence names much in
    /// unrelated clauses. The closer they stand, the higher its confidence.
    /// </summary>
    public static PassageMatch? Match(string question, PassageIndex passages, MatcherOptions options, int limit, int walkBudgetFactor)
    {
        ArgumentNullException.ThrowIfNull(passages);
        var index = passages.Index;
        if (string.IsNullOrWhiteSpace(question) || index.FactCount == 0)
        {
            return null;
        }
        var analyzed = QuestionAnalyzer.Analyze(question, index);
        if (analyzed.Concepts.Count < MinPassageConcepts || !AllKnown(analyzed))
        {
            return null;
        }
        Span<Candidate> candidates = stackalloc Candidate[limit];
        var count = CandidateWalk.Find(analyzed, index, options.SearchRowBudget, walkBudgetFactor, candidates);
        PassageMatch? best = null;
        for (int rank = 0, read = 0; rank < count && read < MaxPassagesRead; rank++)
        {
            var position = candidates[rank].Position;
            var f = FeatureExtractor.Extract(analyzed, index.ProfileAt(position), index);
            if (!Matcher.PassesChecks(f) || f.WrongKind || f.RelatedOnly || f.Coverage < options.PassageCoverage)
            {
                continue;
            }
            read++;
            var span = PassageWindow.Span(analyzed, passages.TextAt(position), index);
            var confidence = f.Coverage * Math.Min(1.0, (analyzed.Concepts.Count + 1.0) / span);
            if (span <= MaxPassageWindow(analyzed) && (best is null || confidence > best.Confidence))
            {
                best = new PassageMatch(position, confidence);
            }
        }
        return best;
    }

    // The candidate walk ranks best first; a sentence further down rarely holds the question's words closer together.
    private const int MaxPassagesRead = 3;

    private static int MaxPassageWindow(AnalyzedQuestion question) => (2 * question.Concepts.Count) + 2;

    /// <summary>A word no sentence has rules every sentence out: each must hold all of the question's words.</summary>
    private static bool AllKnown(AnalyzedQuestion question)
    {
        foreach (var c in question.Concepts)
        {
            if (c.Id < 0)
            {
                return false;
            }
        }
        return true;
    }

    // "Springfield?" alone is a topic, not a question a sentence can be said to answer.
    private const int MinPassageConcepts = 2;
}
