namespace ChatBot.Core.Matching;

/// <summary>A question analysed against the passage index, with the sentences worth reading, best first.</summary>
public sealed record PassageQuery(AnalyzedQuestion Question, IReadOnlyList<(int Position, double Coverage)> Candidates);
