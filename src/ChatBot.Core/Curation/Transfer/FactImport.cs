using System.Globalization;
using ChatBot.Core.Citations;
using ChatBot.Core.Curation.Parsing;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Curation.Transfer;

/// <summary>Turns the document's facts into candidate facts, with an error for every field that is wrong.</summary>
internal static class FactImport
{
    public static List<Fact> Check(IReadOnlyList<FactEntry> entries, IReadOnlyDictionary<string, Source> sources,
        Actor actor, DateTimeOffset now, List<FieldError> errors)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var facts = new List<Fact>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            var path = $"facts[{i}]";
            if (e is null)
            {
                errors.Add(new FieldError(path, "is null; each fact must be an object like those /export writes, or be left out"));
                continue;
            }
            var field = path + (e.Id is null ? string.Empty : $" '{FieldReader.Shorten(e.Id, 40)}'");
            var before = errors.Count;
            if (e.Id is null || !Slug.IsWellFormed(e.Id))
            {
                errors.Add(new FieldError(field, "id is missing or not lower-case letters, digits and dashes"));
            }
            else if (!seen.Add(e.Id))
            {
                errors.Add(new FieldError(field, "id is used twice in the document"));
            }
            if (e.Answer is null)
            {
                errors.Add(new FieldError(path + ".answer", "is missing"));
            }
            var entryQuotes = e.Quotes ?? [];
            FactValidator.Check(new FactFields([e.Question, .. e.Alternates ?? []], e.Answer,
                [.. entryQuotes.Select(q => q?.Text)], e.Tags ?? []), FactValidator.JsonLabel(path), errors);
            var translations = TranslationEntry.Check(e.Translations, path, errors);
            var quotes = new List<Quote>();
            for (var k = 0; k < entryQuotes.Count; k++)
            {
                var q = entryQuotes[k];
                if (q is null)
                {
                    errors.Add(new FieldError($"{path}.quotes[{k}]", "is null; a quote is {\"source\": \"<source id>\", \"text\": \"<passage>\"}"));
                }
                else if (q.Source is null || !sources.TryGetValue(q.Source, out var source))
                {
                    errors.Add(new FieldError(field, $"quote cites unknown source '{q.Source}'"));
                }
                else if (q.Text is null || !CitationVerifier.IsVerbatim(q.Text, source.Text))
                {
                    var closest = q.Text is null ? null : CitationVerifier.ClosestPassage(q.Text, source.Text);
                    errors.Add(new FieldError(field, $"quote \"{FieldReader.Shorten(q.Text ?? string.Empty, 200)}\" is not verbatim in source '{source.Id}'"
                        + (closest is null ? string.Empty : $"; closest passage: \"{FieldReader.Shorten(closest, 200)}\"")));
                }
                else
                {
                    quotes.Add(new Quote(source.Id, q.Text));
                }
            }
            var status = e.Status?.ToLowerInvariant() switch
            {
                null or "active" => FactStatus.Active,
                "retired" => FactStatus.Retired,
                _ => Invalid($"status '{e.Status}' is not active or retired"),
            };
            var asOf = DateOnly.FromDateTime(now.UtcDateTime);
            if (e.AsOf is not null && !DateOnly.TryParseExact(e.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            {
                errors.Add(new FieldError(field, $"asOf '{FieldReader.Shorten(e.AsOf)}' is not a date; use yyyy-mm-dd"));
            }
            if (e.Version is <= 0)
            {
                errors.Add(new FieldError(field, $"version {e.Version} is not a version"));
            }
            if (errors.Count > before)
            {
                continue;
            }
            facts.Add(new Fact(e.Id!, e.Question!, [.. e.Alternates ?? []], e.Answer!, quotes,
                [.. (e.Tags ?? []).Select(t => t!.Trim())], asOf, status,
                e.Version ?? 0, actor.Label, now, actor.Label, now, e.Notify ?? true)
            {
                Translations = translations,
            });

            FactStatus Invalid(string message)
            {
                errors.Add(new FieldError(field, message));
                return FactStatus.Active;
            }
        }
        return facts;
    }
}
