namespace ChatBot.Core.Curation.Insights;

public sealed record FactCount(string FactId, int Count);
