namespace ChatBot.Core.Curation;

/// <summary>
/// The content of a fact as entered, whatever the way in; null means not given (an edit keeping the current value).
/// <see cref="Questions"/> holds the question first, then its alternates.
/// </summary>
public sealed record FactFields(
    IReadOnlyList<string?>? Questions,
    string? Answer,
    IReadOnlyList<string?>? Quotes,
    IReadOnlyList<string?>? Tags);
