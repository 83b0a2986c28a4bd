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

    /// <param name="explainAll">How many candidates contain every word of the question.</param>
    /// <param name="beyondNames">Whether the question asks more than its names (<see cref="QuestionShape.AsksBeyondNames"/>).</param>
    /// <param name="question">The analyzed question; its kind is the kind of answer asked.</param>
    /// <param name="titledTie">Log-odds within which a fact that titles the person asked about is moved ahead.</param>
    private MatchResult Decide(Span<Scored> scored, MatchIndex index, AnalyzedQuestion question, int explainAll, bool beyondNames, double titledTie)
    {
        var asked = question.Kind;
        if (scored.Length == 0)
        {
            return MatchResult.None;
        }
        scored.Sort(static (a, b) => b.Confidence.CompareTo(a.Confidence));
        // A question a curator stored for one fact, word for word, is answered with it: the curator has decided.
        var stored = StoredBy(scored);
        if (stored > 0)
        {
            (scored[0], scored[stored]) = (scored[stored], scored[0]);
        }
        else if (stored < 0)
        {
            PreferTitled(scored, titledTie);
        }
        var best = scored[0];
        if (best.Confidence < options.SuggestThreshold && stored < 0)
        {
            return MatchResult.None;
        }
        var runnerUp = scored.Length > 1 ? scored[1].Confidence : 0;
        // A short question asked in a curator's own words ("who leads the delegation?") carries little evidence
        // for the model, yet it is unambiguous when one stored question holds all of it and no other fact is close.
        var lead = Logit(best.Confidence) - Logit(runnerUp);
        // A fact curated with a few questions rarely reaches the bar on wording alone; one that passes every check
        // and stands far ahead of every other fact is answered a little below it.
        var answered = stored >= 0 ||
            (best.Confidence >= options.AnswerThreshold && lead >= options.AnswerMargin) ||
            // One that lacks little of the question needs less confidence of its own. One that lacks a rare word of
            // it ("how many died in the Varnholt attack?" against a fact about another town) leads only because nothing
            // else holds that word either: its lead is no evidence, so it must reach the full bar.
            (best.Clean && !best.LacksRare && best.Confidence >= (best.Close ? options.CloseWinnerThreshold : options.ClearWinnerThreshold) &&
             lead >= options.ClearWinnerMargin) ||
            (best.Contained && best.Confidence >= options.ContainedThreshold &&
             (best.Confidence - runnerUp >= options.ContainedMargin ||
              // Few facts hold all of a short question: a small lead is still a lead among them.
              (explainAll <= MaxExplainingAll && best.Confidence - runnerUp >= options.ContainedMargin / 2) ||
              // No other fact has a stored question holding all of it: the curators' wording has singled this one out.
              (beyondNames && lead >= options.SoleContainedMargin && !Others(scored, static c => c.Contained)) ||
              // Several facts' curators asked it ("is vale leaving" of his leaving and of his reasons): the only one
              // whose own answer and quotes state every word of it says what is asked (a fact nobody asked it of that
              // states the words too but fails a check cannot be the answer, so it does not count).
              (best.StatesAll && best.Clean && !best.LacksRare && !Others(scored, static c => c.StatesAll && (c.Contained || c.Clean))))) ||
            (best.SoleNamed && best.Clean && lead >= options.SoleNamedMargin) ||
            // "How long would the truce last?": the runner-up gives no duration, so the lead is over facts that cannot answer
            // (unless the question names what the fact does not: "how many died in Varnholt?" against another town's toll).
            // A number is read reliably from an answer; a date may date another event than the one asked, so "when"
            // is left to the model.
            (asked == AnswerKind.Number && !best.LacksKind && best.Clean && !best.LacksRare && scored.Length > 1 && scored[1].LacksKind &&
             best.Confidence >= options.KindWinnerThreshold && lead >= options.KindWinnerMargin) ||
            // "Why did they fly in?": the runner-up gives no reason, or fails a check, so no close fact can answer.
            (asked is AnswerKind.Place or AnswerKind.Reason && !best.LacksKind && best.Clean && !best.LacksRare && scored.Length > 1 &&
             (scored[1].LacksKind || !scored[1].Clean) &&
             best.Confidence >= options.PlaceOrReasonWinnerThreshold && lead >= options.KindWinnerMargin) ||
            // "Who is Orrin Vale?": of the facts that name him, only this one gives his title.
            (best.Titled && best.Clean && scored.Length > 1 && !scored[1].Titled && best.Confidence >= options.TitledWinnerThreshold) ||
            // Of several that title him, only this one says "Orrin Vale, the Telsarian envoy": the others use a title in passing
            // (asked his role, the lower bar of the rule below).
            (best.Apposed && best.Clean && !Others(scored, static c => c.Apposed) &&
             best.Confidence >= (question.AsksRole ? options.RoleWinnerThreshold : options.TitledWinnerThreshold)) ||
            // "What is Vale's job?": a role word asks his title, which only a fact that titles him gives, however little else
            // of the question's wording it shares; when it is the only such fact it is the answer.
            (question.AsksRole && best.Titled && best.Clean && !Others(scored, static c => c.Titled) && best.Confidence >= options.RoleWinnerThreshold) ||
            // "When is Vale leaving?": of the facts about his leaving, only this one was asked when (Matcher.Asked.cs).
            (best.AskedAlike && best.Clean && !best.LacksRare && !best.LacksKind && !Others(scored, static c => c.AskedAlike) &&
             best.Confidence >= options.AskedWinnerThreshold) ||
            // A fact added with a few questions matches little of a reworded question through them, but its answer may
            // state every word of it: when it is the only candidate whose own text does, the lead is over facts that
            // match the question only through their curators' wording.
            (best.StatesAll && best.Clean && !best.LacksRare && !best.LacksKind && !Others(scored, static c => c.StatesAll) &&
             best.Confidence >= options.StatedWinnerThreshold && lead >= options.StatedWinnerMargin) ||
            // Two facts may both hold every word, one in a single sentence ("the Brisk … ends in the sea"), the other
            // scattered ("the Brisk side of the river", "a port by the sea"): the first states what is asked, so a smaller
            // lead will do. Not for "who": a sentence holding every word of "who appointed Vale?" may name only Vale.
            (best.OneSentence && asked != AnswerKind.Person && best.Clean && !best.LacksRare && !best.LacksKind && !Others(scored, static c => c.OneSentence) &&
             best.Confidence >= options.SentenceWinnerThreshold && lead >= options.SentenceWinnerMargin);
        // "By how much would the army be cut?": a fact whose answer has no number cannot say how much, however well its
        // words match; it is offered, not answered, unless a curator stored the question for it.
        answered &= stored >= 0 || asked != AnswerKind.Number || !best.LacksKind;
        // Nor is "where would the commission be based?" by a fact whose answer names no place.
        answered &= stored >= 0 || asked != AnswerKind.Place || !best.LacksKind;
        // "How much is 4.2 million crowns in dollars?": an answer often gives several numbers ("a 30-day truce, 180 units,
        // 63 detainees"); a count is trusted from a fact whose curators asked something like the question, and only
        // offered from one whose stored questions resemble it in nothing.
        answered &= stored >= 0 || asked != AnswerKind.Number || best.Similarity >= options.NumberSimilarityFloor;
        // "What did Holt say after the talks?" is not answered by what another speaker the fact quotes said, nor "where in
        // Ostrava…?" by a fact that only says "in Ostrava".
        answered &= stored >= 0 || !best.Unstated;
        answered &= stored >= 0 || !SiblingExplainsMore(question, scored, index);
        // Ties are judged on the log-odds: near certainty, 0.995 and 0.990 are far apart in evidence.
        var bestLogit = Logit(best.Confidence);
        List<MatchCandidate>? alternatives = null;
        foreach (var c in scored[(answered ? 1 : 0)..])
        {
            if ((alternatives?.Count ?? 0) >= options.MaxAlternatives || c.Confidence < options.SuggestThreshold)
            {
                break;
            }
            if (!answered || bestLogit - Logit(c.Confidence) <= options.TieMargin)
            {
                (alternatives ??= new List<MatchCandidate>(options.MaxAlternatives)).Add(new MatchCandidate(index.ProfileAt(c.Position).FactId, c.Confidence));
            }
        }
        var answer = answered ? new MatchCandidate(index.ProfileAt(best.Position).FactId, best.Confidence) : null;
        return new MatchResult(answered, answer, alternatives is null ? [] : alternatives);
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
