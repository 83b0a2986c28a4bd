namespace ChatBot.Core.Matching;

/// <summary>The analysed form of one fact: the concepts it mentions anywhere and in each stored question.</summary>
public sealed record FactProfile(
    string FactId,
    IReadOnlySet<string> Concepts,
    IReadOnlyList<IReadOnlySet<string>> Questions,
    AnswerKind Kinds);
