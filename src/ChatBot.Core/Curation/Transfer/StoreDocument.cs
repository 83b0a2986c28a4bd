namespace ChatBot.Core.Curation.Transfer;

/// <summary>The whole curated store as one JSON document: what /export sends and /import reads.</summary>
public sealed record StoreDocument(
    string? Format,
    int FormatVersion,
    DateTimeOffset? ExportedAt,
    long? Revision,
    IReadOnlyList<SourceEntry>? Sources,
    IReadOnlyList<FactEntry>? Facts,
    IReadOnlyList<IReadOnlyList<string>>? Synonyms)
{
    public const string FormatName = "chatbot-store";
    public const int CurrentFormatVersion = 1;
}
