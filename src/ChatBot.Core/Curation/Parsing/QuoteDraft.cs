namespace ChatBot.Core.Curation.Parsing;

/// <summary>A quote and the source it cites, as written: an id or a URL (null: keep the fact's current source).</summary>
public sealed record QuoteDraft(string Text, string? SourceRef);
