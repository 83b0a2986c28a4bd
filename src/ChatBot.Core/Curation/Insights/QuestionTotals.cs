namespace ChatBot.Core.Curation.Insights;

/// <summary>Counts over the whole question log.</summary>
public sealed record QuestionTotals(int Asked, int Answered, int Unanswered, IReadOnlyList<FactCount> TopFacts);
