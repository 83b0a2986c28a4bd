namespace ChatBot.Core.Curation.Insights;

/// <summary>What /stats shows.</summary>
public sealed record StatsReport(
    int Asked,
    int Answered,
    double AnsweredPercent,
    int Unanswered,
    int OpenUnanswered,
    IReadOnlyList<(FactCount Count, string Question)> TopFacts,
    int Subscribers,
    int ActiveFacts,
    int RetiredFacts,
    int Sources);
