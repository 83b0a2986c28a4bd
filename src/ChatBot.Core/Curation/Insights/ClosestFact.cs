namespace ChatBot.Core.Curation.Insights;

/// <summary>
/// A fact near a reported question that the matcher did not answer it with: shown to curators for information only,
/// never as a one-tap attach, since nothing says it states what was asked.
/// </summary>
public sealed record ClosestFact(string Id, string Question);
