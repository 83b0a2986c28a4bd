using System.Globalization;
using System.Text.Json;
using ChatBot.Core.Citations;
using ChatBot.Core.Curation;
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
        var content = Check(file);
        if (content.Count > 0)
        {
            throw new SeedException($"Seed data rejected ({path}):", content);
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

    /// <summary>The rules every way into the store shares, so the shipped data is held to what curators are.</summary>
    private static List<FieldError> Check(SeedFile file)
    {
        var errors = new List<FieldError>();
        var sources = file.Sources ?? [];
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is null)
            {
                errors.Add(new FieldError($"sources[{i}]", new FieldProblem.NullEntry(JsonEntry.Any)));
            }
        }
        var facts = file.Facts ?? [];
        for (var i = 0; i < facts.Count; i++)
        {
            var f = facts[i];
            if (f is null)
            {
                errors.Add(new FieldError($"facts[{i}]", new FieldProblem.NullEntry(JsonEntry.Any)));
                continue;
            }
            var quotes = f.Quotes ?? [];
            var path = $"facts[{i}]";
            FactValidator.Check(new FactFields([f.Question, .. f.Alternates ?? []], f.Answer ?? string.Empty,
                [.. quotes.Select(q => q?.Text)], f.Tags ?? []), FactValidator.JsonLabel(path), errors);
            Curation.Transfer.TranslationEntry.Check(f.Translations, path, errors);
            for (var k = 0; k < quotes.Count; k++)
            {
                if (quotes[k] is null)
                {
                    errors.Add(new FieldError($"{path}.quotes[{k}]", new FieldProblem.NullEntry(JsonEntry.Any)));
                }
            }
        }
        return errors;
    }

    private static Source ToSource(SeedSource s, string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, s.File);
        if (!File.Exists(file))
        {
            throw new SeedException($"source '{s.Id}': file '{s.File}' not found in '{dataDirectory}'.");
        }
        return new Source(s.Id, s.Title, s.Outlet, s.Url, ParseDate(s.Published, $"source '{s.Id}'"), File.ReadAllText(file));
    }

    private static Fact ToFact(SeedFact f) => new Fact(
        f.Id,
        f.Question,
        f.Alternates ?? [],
        f.Answer,
        [.. (f.Quotes ?? []).Select(q => new Quote(q.Source, q.Text))],
        f.Tags ?? [],
        ParseDate(f.AsOf, $"fact '{f.Id}'") ?? throw new SeedException($"fact '{f.Id}' has no asOf date."))
    {
        Translations = Curation.Transfer.TranslationEntry.Check(f.Translations, f.Id, []),
    };

    private static DateOnly? ParseDate(string? text, string owner) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d
        : throw new SeedException($"{owner}: date '{text}' is not yyyy-mm-dd.");
}
