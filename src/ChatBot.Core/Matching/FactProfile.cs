namespace ChatBot.Core.Matching;

/// <summary>
/// The analysed form of one fact: the concepts it mentions anywhere and in each stored question, with each stored
/// question's total concept weight precomputed so scoring a candidate allocates nothing.
/// </summary>
public sealed record FactProfile(
    string FactId,
    IReadOnlySet<string> Concepts,
    IReadOnlyList<IReadOnlySet<string>> Questions,
    AnswerKind Kinds)
{
    public double[] QuestionWeights { get; init; } = [];
}
