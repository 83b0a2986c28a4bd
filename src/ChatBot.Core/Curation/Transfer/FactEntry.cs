namespace ChatBot.Core.Curation.Transfer;

/// <summary>A fact in the document; <see cref="Version"/> is the version it was exported at (the base of any edit).</summary>
public sealed record FactEntry(
    string? Id,
    string? Question,
    IReadOnlyList<string>? Alternates,
    string? Answer,
    IReadOnlyList<QuoteEntry>? Quotes,
    IReadOnlyList<string>? Tags,
    string? AsOf,
    string? Status,
    int? Version,
    bool? Notify,
    string? UpdatedBy,
    DateTimeOffset? UpdatedAt)
{
    /// <summary>The fact's answer and questions by language ("uk", "ru", "de", "fr"); absent when it has none.</summary>
    public IReadOnlyDictionary<string, TranslationEntry?>? Translations { get; init; }
}
