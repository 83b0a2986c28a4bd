namespace ChatBot.Core.Citations;

/// <summary>Outcome of checking a quote against its source text.</summary>
public sealed record CitationCheck(bool IsVerbatim, string? ClosestPassage);
