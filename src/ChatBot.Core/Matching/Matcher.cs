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
    // How many more rows the in-memory ranking may touch than a full-text query.
    private const int InMemoryBudgetFactor = 25;


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
        var hits = FindCandidates(analyzed, index);
        var scored = new List<MatchCandidate>(hits.Count);
        var contained = new HashSet<string>(StringComparer.Ordinal);
        for (var rank = 0; rank < hits.Count; rank++)
        {
            if (index.Profile(hits[rank].FactId) is { } profile)
            {
                var features = FeatureExtractor.Extract(analyzed, profile, index);
                // The full-text rank only breaks near-ties.
                var score = Score(features) + (0.004 * (hits.Count - rank) / hits.Count);
                scored.Add(new MatchCandidate(profile.FactId, Math.Clamp(score, 0, 1)));
                if (features.ContainedInStoredQuestion)
                {
                    contained.Add(profile.FactId);
                }
            }
        }
        return Decide(scored, contained);
    }

    private MatchResult Decide(List<MatchCandidate> scored, HashSet<string> contained)
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
        var runnerUp = scored.Count > 1 ? scored[1].Confidence : 0;
        // A short question asked in a curator's own words ("who leads the delegation?") carries little evidence
        // for the model, yet it is unambiguous when one stored question holds all of it and no other fact is close.
        var answered = best.Confidence >= options.AnswerThreshold ||
            (contained.Contains(best.FactId) && best.Confidence >= options.ContainedThreshold &&
             best.Confidence - runnerUp >= options.ContainedMargin);
        // Ties are judged on the log-odds: near certainty, 0.995 and 0.990 are far apart in evidence.
        var bestLogit = Logit(best.Confidence);
        var alternatives = scored.Skip(answered ? 1 : 0)
            .Where(c => c.Confidence >= options.SuggestThreshold && (!answered || bestLogit - Logit(c.Confidence) <= options.TieMargin))
            .Take(options.MaxAlternatives)
            .ToList();
        return new MatchResult(answered, answered ? best : null, alternatives);
    }

    /// <summary>
    /// Full-text search over the question's rarest words only: scoring every fact that shares a common word
    /// ("killed" in a store of many strikes) costs far more than it finds, and the scoring that follows weighs every
    /// word of the question anyway. Widens to all words only when the rare ones find nothing.
    /// </summary>
    private IReadOnlyList<SearchHit> FindCandidates(AnalyzedQuestion analyzed, MatchIndex index)
    {
        var known = new List<QueryConcept>(analyzed.Concepts.Count);
        for (var i = 0; i < analyzed.Concepts.Count; i++)
        {
            if (analyzed.Concepts[i].Id >= 0)
            {
                known.Add(analyzed.Concepts[i]);
            }
        }
        if (known.Count == 0)
        {
            return [];
        }
        known.Sort((a, b) => index.DocumentFrequency(a.Id).CompareTo(index.DocumentFrequency(b.Id)));
        var budget = Math.Max(options.SearchRowBudget, index.FactCount / 50);
        var rows = 0;
        var take = 0;
        while (take < known.Count && (take < 1 || rows + index.DocumentFrequency(known[take].Id) <= budget))
        {
            rows += index.DocumentFrequency(known[take].Id);
            take++;
        }
        if (rows > budget && analyzed.Concepts.Any(c => c.Id < 0 && FeatureExtractor.IsRare(c)))
        {
            // The question's only specific word is a name no fact mentions ("killed in Kharkiv"): nothing to find.
            return [];
        }
        if (rows > budget)
        {
            // Even the rarest word is common, so full-text ranking would score thousands of rows: rank in memory.
            return RankInMemory(known, index, budget);
        }
        var hits = search.Search([.. known.Take(take).Select(c => c.SearchTerms)], options.CandidateLimit);
        return hits.Count > 0 || take == known.Count
            ? hits
            : search.Search([.. known.Select(c => c.SearchTerms)], options.CandidateLimit);
    }

    /// <summary>
    /// Scores facts by the summed weight of the question's words they mention, walking the rarest words' postings
    /// first; in memory this may touch many more rows than a full-text query could afford.
    /// </summary>
    private List<SearchHit> RankInMemory(List<QueryConcept> known, MatchIndex index, int budget)
    {
        var scores = new Dictionary<int, double>();
        var rows = 0;
        for (var k = 0; k < known.Count; k++)
        {
            var postings = index.Postings(known[k].Id);
            if (k > 0 && rows + postings.Length > budget * InMemoryBudgetFactor)
            {
                break;
            }
            rows += postings.Length;
            var id = known[k].Id;
            var weight = index.Weight(id);
            foreach (var position in postings)
            {
                // A word in the fact's stored questions counts double, as the full-text search weighs that column.
                var asked = FactProfile.Has(index.ProfileAt(position).AskedConcepts, id) ? 2 : 1;
                scores[position] = scores.GetValueOrDefault(position) + (weight * asked);
            }
        }
        var ranked = new List<SearchHit>(scores.Count);
        foreach (var (position, score) in scores)
        {
            ranked.Add(new SearchHit(index.ProfileAt(position).FactId, score));
        }
        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        return ranked.Count > options.CandidateLimit ? ranked[..options.CandidateLimit] : ranked;
    }

    private static double Logit(double p)
    {
        var q = Math.Clamp(p, 1e-6, 1 - 1e-6);
        return Math.Log(q / (1 - q));
    }

    private static double Score(in MatchFeatures features)
    {
        if (features.MatchedWeight == 0)
        {
            return 0;
        }
        var p = Calibration.Probability(features);
        // Too rare in the question set for the fit to learn, but decisive: the fact knows the person, not the topic.
        return features.OnlyNamesExplained ? p * 0.5 : p;
    }

    /// <summary>The features of every candidate, for calibration and for explaining a verdict to curators.</summary>
    public IReadOnlyList<(string FactId, MatchFeatures Features)> Explain(string question, MatchIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        var analyzed = QuestionAnalyzer.Analyze(question, index);
        if (analyzed.Concepts.Count == 0)
        {
            return [];
        }
        var hits = FindCandidates(analyzed, index);
        return [.. hits.Select(h => index.Profile(h.FactId)).OfType<FactProfile>()
            .Select(p => (p.FactId, FeatureExtractor.Extract(analyzed, p, index)))];
    }
}
