using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation.Parsing;

/// <summary>
/// A new fact as an admin described it: the first question is canonical, the rest are alternates;
/// <see cref="Translations"/> holds the Q[xx]: and A[xx]: lines by language.
/// </summary>
public sealed record FactDraft(
    IReadOnlyList<string> Questions,
    string Answer,
    IReadOnlyList<QuoteDraft> Quotes,
    IReadOnlyList<string> Tags,
    bool Notify)
{
    public IReadOnlyList<FactTranslation> Translations { get; init; } = [];
}
