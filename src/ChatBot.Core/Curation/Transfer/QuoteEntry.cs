namespace ChatBot.Core.Curation.Transfer;

public sealed record QuoteEntry(string? Source, string? Text);
