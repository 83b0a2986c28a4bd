namespace ChatBot.Core.Matching;

/// <summary>
/// Finds the fact a question asks about. The index's postings propose candidates; each is then judged by how much of
/// the question it explains. Every meaningful word of the question that a fact does not contain costs confidence,
/// and words the store has never seen cost the most: "How many died in Springfield?" shares "died" with a fact
/// about a strike elsewhere, but "Springfield" is unexplained, so the matcher abstains instead of answering with the closest fact.
/// </summary>
public sealed partial class Matcher(MatcherOptions options)
{
    // How many more postings the candidate walk may read than the rarest word may have.
    private const int WalkBudgetFactor = 25;
    private const int MaxCandidates = 256;
    private const double FocusCap = 0.85;

    /// <param name="excluded">A fact left out of the match (the one a follow-up question follows), or null.</param>
    public MatchResult Match(string question, MatchIndex index, string? excluded = null)
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
        Span<Candidate> candidates = stackalloc Candidate[Limit];
        var count = CandidateWalk.Find(analyzed, index, options.SearchRowBudget, WalkBudgetFactor, candidates);
        count = Exclude(candidates[..count], excluded, index);
        Span<Scored> scored = stackalloc Scored[count];
        var explainAll = 0;
        var soleName = QuestionShape.NamesOnlyOne(analyzed, index);
        var whoNamed = QuestionShape.AsksWhoNamed(analyzed, index, candidates[..count]);
        for (var rank = 0; rank < count; rank++)
        {
            var profile = index.ProfileAt(candidates[rank].Position);
            var features = FeatureExtractor.Extract(analyzed, profile, index);
            explainAll += features.Coverage >= FullCoverage ? 1 : 0;
            // The candidate rank only breaks near-ties.
            var titled = whoNamed && QuestionShape.TitlesEveryName(analyzed, profile);
            var apposed = titled && QuestionShape.AppositesEveryName(analyzed, profile);
            var score = Score(features) + (0.004 * (count - rank) / count);
            scored[rank] = new Scored(profile.Position, Math.Clamp(score, 0, 1),
                features.ContainedInStoredQuestion && !features.LacksFocus, PassesChecks(features), features.AsStored && !features.LacksFocus,
                ExplainsClosely(features), soleName && features.Coverage >= FullCoverage && !features.WrongKind,
                features.WrongKind, titled, OtherSpeaker(analyzed, profile) || StatesOtherThanAsked(analyzed, profile) ||
                (analyzed.AsksStart && Events.OnlyEnd(profile, index)), features.QuestionSimilarity,
                features.MissingRare > 0, AskedAlike(analyzed, profile), features.StatesAll, apposed, features.StatesAll && profile.StatesInOneSentence(analyzed));
        }
        // "What is Vale's job?" asks the title itself: a fact that only mentions the name cannot answer, however close.
        var titledTie = whoNamed && analyzed.AsksRole ? double.PositiveInfinity : TitledTie;
        return Decide(scored, index, analyzed, explainAll, QuestionShape.AsksBeyondNames(analyzed), titledTie);
    }

    private int Limit => Math.Clamp(options.CandidateLimit, 1, MaxCandidates);

    /// <summary>Drops the excluded fact from the candidates, keeping their order; returns the new count.</summary>
    private static int Exclude(Span<Candidate> candidates, string? excluded, MatchIndex index)
    {
        if (excluded is null || !index.TryGetProfile(excluded, out var profile))
        {
            return candidates.Length;
        }
        var kept = 0;
        foreach (var c in candidates)
        {
            if (c.Position != profile.Position)
            {
                candidates[kept++] = c;
            }
        }
        return kept;
    }

    /// <summary>The source sentence that states what is asked, for a question no fact answers, or null (see <see cref="PassageMatcher"/>).</summary>
    public PassageMatch? MatchPassage(string question, PassageIndex passages) =>
        PassageMatcher.Match(question, passages, options, Limit, WalkBudgetFactor);

    private static double Score(in MatchFeatures features)
    {
        if (features.MatchedWeight == 0)
        {
            return 0;
        }
        var p = Calibration.Probability(features);
        // Too rare in the question set for the fit to learn, but decisive: the fact knows the person, not the topic;
        // or it cannot give what is asked: a count of the thing a "how many" question names, a date for "when".
        // So does a fact that gives the role asked about to another owner ("Russia's foreign minister" for Germany's).
        p = features.OnlyNamesExplained || features.LacksWhatIsAsked || features.AffiliationConflict ? p * 0.5 : p;
        // A fact that does not state what is asked may still be the closest one to offer, never the answer.
        return features.LacksFocus || features.LacksPredicate ? Math.Min(p, FocusCap) : p;
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
        var candidates = new Candidate[Limit];
        var count = CandidateWalk.Find(analyzed, index, options.SearchRowBudget, WalkBudgetFactor, candidates);
        return [.. candidates[..count].Select(c => index.ProfileAt(c.Position))
            .Select(p => (p.FactId, FeatureExtractor.Extract(analyzed, p, index)))];
    }

    internal static bool PassesChecks(in MatchFeatures f) =>
        !(f.OnlyNamesExplained || f.LacksWhatIsAsked || f.AffiliationConflict || f.LacksFocus || f.LacksPredicate);

    private const double FullCoverage = 0.999;
    private const int MaxExplainingAll = 3;

    /// <summary>
    /// The fact lacks no rare word of the question, explains none only by a related word, and lacks at most about one
    /// word the store uses elsewhere.
    /// </summary>
    private static bool ExplainsClosely(in MatchFeatures f) =>
        f.MissingRare == 0 && !f.RelatedOnly && f.MissingStoreWeight <= MaxMissingForClose;

    private const double MaxMissingForClose = 3.0;

    /// <param name="SoleNamed">The question is only names, the fact holds them all, and no other fact holds one of them.</param>
    /// <param name="LacksKind">The question asks a kind of answer the fact's answer does not have.</param>
    /// <param name="Unstated">The fact quotes only others than the person whose words are asked, or names only the place asked within.</param>
    /// <param name="Similarity">How closely the fact's nearest stored question covers the question (<see cref="MatchFeatures.QuestionSimilarity"/>).</param>
    /// <param name="LacksRare">The fact lacks a word of the question that few facts or none hold.</param>
    /// <param name="AskedAlike">A stored question of the fact asks the same question word of the same word (Matcher.Asked.cs).</param>
    /// <param name="StatesAll">The fact's answer and quotes hold every word of the question (<see cref="MatchFeatures.StatesAll"/>).</param>
    /// <param name="Apposed">The fact gives the person asked about a role in apposition ("Orrin Vale, the Telsarian envoy").</param>
    /// <param name="OneSentence">One sentence of the fact's answer or quotes holds every word of the question (<see cref="FactProfile.StatesInOneSentence"/>).</param>
    private readonly record struct Scored(int Position, double Confidence, bool Contained, bool Clean, bool AsStored, bool Close,
        bool SoleNamed, bool LacksKind, bool Titled, bool Unstated, double Similarity, bool LacksRare, bool AskedAlike,
        bool StatesAll, bool Apposed, bool OneSentence);
}
