using ChatBot.Core.Facts;

namespace ChatBot.Core.Matching;

/// <summary>
/// Finds the fact a question asks about. Full-text search proposes candidates; each is then judged by how much of
/// the question it explains. Every meaningful word of the question that a fact does not contain costs confidence,
/// and words the store has never seen cost the most: "How many died in Kharkiv?" shares "died" with the Ternopil
/// fact, but "Kharkiv" is unexplained, so the matcher abstains instead of answering with the closest fact.
/// </summary>
public sealed class Matcher(IFactSearch search, MatcherOptions options)
{
    // An unexplained word costs at least this much, however common it is in the store.
    private const double UnmatchedFloor = 1.3;
    private const double MinWeight = 0.2;
    private const double WhWeight = 0.6;
    private const double WrongKindFactor = 0.55;

    public MatchResult Match(string question, MatchIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (string.IsNullOrWhiteSpace(question) || index.FactCount == 0)
        {
            return MatchResult.None;
        }
        var analyzed = QuestionAnalyzer.Analyze(question, index);
        if (analyzed.Concepts.Count == 0)
        {
            return MatchResult.None;
        }
        var hits = search.Search([.. analyzed.Concepts.Select(c => c.SearchTerms)], options.CandidateLimit);
        var scored = new List<MatchCandidate>(hits.Count);
        for (var rank = 0; rank < hits.Count; rank++)
        {
            if (index.Profile(hits[rank].FactId) is { } profile)
            {
                // The full-text rank only breaks near-ties.
                var score = Score(analyzed, profile, index) + (0.004 * (hits.Count - rank) / hits.Count);
                scored.Add(new MatchCandidate(profile.FactId, Math.Clamp(score, 0, 1)));
            }
        }
        return Decide(scored);
    }

    private MatchResult Decide(List<MatchCandidate> scored)
    {
        if (scored.Count == 0)
        {
            return MatchResult.None;
        }
        scored.Sort((a, b) => b.Confidence.CompareTo(a.Confidence));
        var best = scored[0];
        if (best.Confidence < options.SuggestThreshold)
        {
            return MatchResult.None;
        }
        var answered = best.Confidence >= options.AnswerThreshold;
        var floor = answered ? best.Confidence - options.TieMargin : options.SuggestThreshold;
        var alternatives = scored.Skip(answered ? 1 : 0)
            .Where(c => c.Confidence >= Math.Max(floor, options.SuggestThreshold))
            .Take(options.MaxAlternatives)
            .ToList();
        return new MatchResult(answered, answered ? best : null, alternatives);
    }

    private static double Score(AnalyzedQuestion question, FactProfile fact, MatchIndex index)
    {
        double matched = 0, missing = 0;
        foreach (var concept in question.Concepts)
        {
            var w = Weight(concept.Key, index);
            if (fact.Concepts.Contains(concept.Key))
            {
                matched += w;
            }
            else
            {
                missing += Math.Max(w, UnmatchedFloor);
            }
        }
        if (matched == 0)
        {
            return 0;
        }
        var coverage = matched / (matched + missing);
        var questionSimilarity = fact.Questions.Max(q => Similarity(question, q, index));
        var score = (0.55 * coverage) + (0.45 * questionSimilarity);
        var wanted = question.Kind;
        if (wanted != AnswerKind.None && (fact.Kinds & wanted) == 0)
        {
            score *= WrongKindFactor;
        }
        return score;
    }

    /// <summary>How well one stored question covers the asked one, with a little credit for the reverse.</summary>
    private static double Similarity(AnalyzedQuestion question, IReadOnlySet<string> stored, MatchIndex index)
    {
        double shared = 0, asked = 0;
        foreach (var concept in question.Concepts)
        {
            var w = Weight(concept.Key, index);
            if (stored.Contains(concept.Key))
            {
                shared += w;
                asked += w;
            }
            else
            {
                asked += Math.Max(w, UnmatchedFloor);
            }
        }
        var storedTotal = stored.Sum(k => k[0] == '?' ? WhWeight : Weight(k, index));
        var whShared = question.WhWord is { } wh && stored.Contains(wh) ? WhWeight : 0;
        var forward = (shared + whShared) / (asked + (question.WhWord is null ? 0 : WhWeight));
        var backward = storedTotal == 0 ? 0 : (shared + whShared) / storedTotal;
        return (0.8 * forward) + (0.2 * backward);
    }

    private static double Weight(string concept, MatchIndex index)
    {
        var n = index.FactCount;
        var df = index.DocumentFrequency(concept);
        return Math.Max(MinWeight, Math.Log((n + 1.0) / (df + 0.5)));
    }
}
