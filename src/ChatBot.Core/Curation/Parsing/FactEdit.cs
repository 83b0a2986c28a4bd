namespace ChatBot.Core.Curation.Parsing;

/// <summary>
/// The fields an /editfact message replaces (null: keep). <see cref="BaseVersion"/> is the version the admin was
/// looking at; the edit is refused when the fact has moved on since.
/// <see cref="SourceRef"/> alone re-cites the current quotes from another source.
/// </summary>
public sealed record FactEdit(
    string Id,
    int? BaseVersion,
    IReadOnlyList<string>? Questions,
    string? Answer,
    IReadOnlyList<QuoteDraft>? Quotes,
    string? SourceRef,
    IReadOnlyList<string>? Tags,
    bool? Notify)
{
    /// <summary>The languages whose Q[xx]: or A[xx]: lines the message gives; empty: translations are kept.</summary>
    public IReadOnlyList<TranslationEdit> Translations { get; init; } = [];
}
