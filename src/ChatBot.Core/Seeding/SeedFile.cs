namespace ChatBot.Core.Seeding;

// The shape of data/facts.json.
internal sealed record SeedFile(IReadOnlyList<SeedSource>? Sources, IReadOnlyList<SeedFact>? Facts);

internal sealed record SeedSource(string Id, string Title, string Outlet, string? Url, string? Published, string File);

internal sealed record SeedFact(
    string Id,
    string Question,
    IReadOnlyList<string>? Alternates,
    string Answer,
    IReadOnlyList<SeedQuote>? Quotes,
    IReadOnlyList<string>? Tags,
    string AsOf)
{
    /// <summary>The fact's answer and questions by language, as /export writes them.</summary>
    public IReadOnlyDictionary<string, Curation.Transfer.TranslationEntry?>? Translations { get; init; }
}

internal sealed record SeedQuote(string Source, string Text);
