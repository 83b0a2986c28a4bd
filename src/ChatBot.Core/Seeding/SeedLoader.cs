using System.Globalization;
using System.Text.Json;
using ChatBot.Core.Citations;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Seeding;

/// <summary>
/// Reads the curated content of a data folder (facts.json, synonyms.txt and the source documents) and refuses it
/// whole when any quote is not verbatim in its source, naming the fact and the quote.
/// </summary>
public static class SeedLoader
{
    public const string FactsFile = "facts.json";
    public const string SynonymsFile = "synonyms.txt";

    public static SeedData Load(string dataDirectory)
    {
        var path = Path.Combine(dataDirectory, FactsFile);
        if (!File.Exists(path))
        {
            throw new SeedException($"No {FactsFile} in data folder '{dataDirectory}'.");
        }
        SeedFile file;
        try
        {
            file = JsonSerializer.Deserialize(File.ReadAllText(path), SeedJson.Default.SeedFile)
                ?? throw new SeedException($"{path} is empty.");
        }
        catch (JsonException e)
        {
            throw new SeedException($"{path} is not valid JSON: {e.Message}");
        }
        var sources = (file.Sources ?? []).Select(s => ToSource(s, dataDirectory)).ToList();
        var byId = sources.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var facts = (file.Facts ?? []).Select(ToFact).ToList();
        var duplicate = facts.GroupBy(f => f.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new SeedException($"fact id '{duplicate.Key}' is used twice in {path}.");
        }
        var problems = facts.SelectMany(f => CitationVerifier.Problems(f, id => byId.GetValueOrDefault(id))).ToList();
        if (problems.Count > 0)
        {
            throw new SeedException("Seed data rejected:\n" + string.Join('\n', problems));
        }
        return new SeedData(sources, facts, LoadSynonyms(Path.Combine(dataDirectory, SynonymsFile)));
    }

    public static IReadOnlyList<IReadOnlyList<string>> LoadSynonyms(string path) =>
        !File.Exists(path)
            ? []
            : [.. File.ReadAllLines(path)
                .Select(l => l.Trim())
                .Where(l => l.Length > 0 && !l.StartsWith('#'))
                .Select(l => (IReadOnlyList<string>)l.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    private static Source ToSource(SeedSource s, string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, s.File);
        if (!File.Exists(file))
        {
            throw new SeedException($"source '{s.Id}': file '{s.File}' not found in '{dataDirectory}'.");
        }
        return new Source(s.Id, s.Title, s.Outlet, s.Url, ParseDate(s.Published, $"source '{s.Id}'"), File.ReadAllText(file));
    }

    private static Fact ToFact(SeedFact f) => new(
        f.Id,
        f.Question,
        f.Alternates ?? [],
        f.Answer,
        [.. (f.Quotes ?? []).Select(q => new Quote(q.Source, q.Text))],
        f.Tags ?? [],
        ParseDate(f.AsOf, $"fact '{f.Id}'") ?? throw new SeedException($"fact '{f.Id}' has no asOf date."));

    private static DateOnly? ParseDate(string? text, string owner) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new SeedException($"{owner}: date '{text}' is not yyyy-mm-dd.");
}
