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
                errors.Add(new FieldError(path, new FieldProblem.NullEntry(JsonEntry.Fact)));
                continue;
            }
            var field = path + (e.Id is null ? string.Empty : $" '{FieldReader.Shorten(e.Id, 40)}'");
            var before = errors.Count;
            if (e.Id is null || !Slug.IsWellFormed(e.Id))
            {
                errors.Add(new FieldError(field, new FieldProblem.BadId()));
            }
            else if (!seen.Add(e.Id))
            {
                errors.Add(new FieldError(field, new FieldProblem.IdTwice()));
            }
            if (e.Answer is null)
            {
                errors.Add(new FieldError(path + ".answer", new FieldProblem.PropertyMissing(null)));
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
                    errors.Add(new FieldError($"{path}.quotes[{k}]", new FieldProblem.NullEntry(JsonEntry.Quote)));
                }
                else if (q.Source is null || !sources.TryGetValue(q.Source, out var source))
                {
                    errors.Add(new FieldError(field, new FieldProblem.QuoteCitesUnknownSource(q.Source)));
                }
                else if (q.Text is null || !CitationVerifier.IsVerbatim(q.Text, source.Text))
                {
                    var closest = q.Text is null ? null : CitationVerifier.ClosestPassage(q.Text, source.Text);
                    errors.Add(new FieldError(field, new FieldProblem.QuoteNotVerbatim(FieldReader.Shorten(q.Text ?? string.Empty, 200), source.Id,
                        closest is null ? null : FieldReader.Shorten(closest, 200))));
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
                _ => Invalid(new FieldProblem.BadStatus(e.Status)),
            };
            var asOf = DateOnly.FromDateTime(now.UtcDateTime);
            if (e.AsOf is not null && !DateOnly.TryParseExact(e.AsOf, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out asOf))
            {
                errors.Add(new FieldError(field, new FieldProblem.PropertyNotADate("asOf", FieldReader.Shorten(e.AsOf))));
            }
            if (e.Version is <= 0)
            {
                errors.Add(new FieldError(field, new FieldProblem.BadVersion(e.Version.Value)));
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

            FactStatus Invalid(FieldProblem problem)
            {
                errors.Add(new FieldError(field, problem));
                return FactStatus.Active;
            }
        }
        return facts;
    }
}
