namespace ChatBot.Core.Matching;

/// <summary>Thresholds of the matcher, tuned on the quality question set.</summary>
public sealed record MatcherOptions
{
    /// <summary>Confidence at or above which the best fact is given as the answer.</summary>
    public double AnswerThreshold { get; init; } = 0.9;

    /// <summary>
    /// How many log-odds the best fact must lead the runner-up by to be answered above <see cref="AnswerThreshold"/>;
    /// two close facts are offered side by side instead, since a confident wrong answer is the worst outcome.
    /// </summary>
    public double AnswerMargin { get; init; } = 0.5;

    /// <summary>Lower bar for a fact that passes every answerability check and leads by <see cref="ClearWinnerMargin"/>.</summary>
    public double ClearWinnerThreshold { get; init; } = 0.75;

    /// <summary>How many log-odds such a fact must lead the runner-up by (2.5 ≈ 0.75 against 0.2).</summary>
    public double ClearWinnerMargin { get; init; } = 2.5;

    /// <summary>
    /// The clear winner's bar for a fact that also lacks no rare word of the question, explains none only by a related
    /// word and lacks at most about one word the store uses elsewhere.
    /// </summary>
    public double CloseWinnerThreshold { get; init; } = 0.65;

    /// <summary>Lower bar for a fact one of whose stored questions contains the whole question.</summary>
    public double ContainedThreshold { get; init; } = 0.7;

    /// <summary>How far such a fact must lead the runner-up to be answered under the lower bar.</summary>
    public double ContainedMargin { get; init; } = 0.1;

    /// <summary>
    /// How many log-odds the only fact one of whose stored questions contains the whole question must lead the
    /// runner-up by above <see cref="ContainedThreshold"/> (0.35 ≈ 0.75 against 0.68).
    /// </summary>
    public double SoleContainedMargin { get; init; } = 0.35;

    /// <summary>
    /// How many log-odds the only fact that holds a name of a question made of names alone must lead the runner-up by
    /// to be answered at any confidence.
    /// </summary>
    public double SoleNamedMargin { get; init; } = 1.0;

    /// <summary>
    /// Lower bar for a fact that passes every check and has the number asked when the runner-up has none.
    /// </summary>
    public double KindWinnerThreshold { get; init; } = 0.75;

    /// <summary>How many log-odds such a fact, or one of <see cref="PlaceOrReasonWinnerThreshold"/>, must lead the runner-up by.</summary>
    public double KindWinnerMargin { get; init; } = 1.0;

    /// <summary>
    /// Lower bar for a fact that passes every check and has the place or cause asked when the runner-up has none or
    /// fails a check. "How many" is not judged so: a near-miss often counts another thing the fact does not count.
    /// </summary>
    public double PlaceOrReasonWinnerThreshold { get; init; } = 0.8;

    /// <summary>
    /// How closely a stored question of the best fact must cover a "how many / how much" question for the fact's count
    /// to be given as the answer; below it the fact is offered.
    /// </summary>
    public double NumberSimilarityFloor { get; init; } = 0.25;

    /// <summary>The confidence at which the one fact that titles the person a "who is" question names is answered.</summary>
    public double TitledWinnerThreshold { get; init; } = 0.7;

    /// <summary>
    /// The confidence at which the only fact that titles the person a role question names ("What is Vale's job?") is
    /// answered: the role word and the name are all such a question has, so the fact's wording matches little of it.
    /// </summary>
    public double RoleWinnerThreshold { get; init; } = 0.3;

    /// <summary>
    /// The confidence at which the only candidate one of whose stored questions asks the question's question word of its
    /// verb ("when… leave") is answered, when it passes every check and has the kind of answer asked.
    /// </summary>
    public double AskedWinnerThreshold { get; init; } = 0.75;

    /// <summary>
    /// The confidence at which the only candidate whose answer and quotes themselves hold every word of the question is
    /// answered, when it passes every check, has the kind of answer asked and leads by <see cref="StatedWinnerMargin"/>.
    /// </summary>
    public double StatedWinnerThreshold { get; init; } = 0.5;

    /// <summary>How many log-odds that candidate must lead the runner-up by.</summary>
    public double StatedWinnerMargin { get; init; } = 1.0;

    /// <summary>
    /// The confidence at which the only candidate with one sentence of its answer or quotes holding every word of the
    /// question is answered, when it passes every check, has the kind of answer asked and leads by
    /// <see cref="SentenceWinnerMargin"/> (not for "who": see Matcher.Decide).
    /// </summary>
    public double SentenceWinnerThreshold { get; init; } = 0.65;

    /// <summary>How many log-odds that candidate must lead the runner-up by.</summary>
    public double SentenceWinnerMargin { get; init; } = 0.5;

    /// <summary>Confidence at or above which a fact is offered under "did you mean".</summary>
    public double SuggestThreshold { get; init; } = 0.1;

    /// <summary>Runners-up of an answer within this many log-odds of it are offered as alternatives.</summary>
    public double TieMargin { get; init; } = 1.0;

    /// <summary>How much of a question's weight a source sentence must explain to be quoted when no fact answers.</summary>
    public double PassageCoverage { get; init; } = 0.999;

    public int MaxAlternatives { get; init; } = 3;

    public int CandidateLimit { get; init; } = 24;

    /// <summary>How many fact rows the candidate search may touch (at least 1 in 50 of the store).</summary>
    public int SearchRowBudget { get; init; } = 200;
}
