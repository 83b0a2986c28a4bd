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
            var field = $"facts[{i}]" + (e.Id is null ? string.Empty : $" '{FieldReader.Shorten(e.Id, 40)}'");
            var before = errors.Count;
            if (e.Id is null || !Slug.IsWellFormed(e.Id))
            {
                errors.Add(new FieldError(field, "id is missing or not lower-case letters, digits and dashes"));
            }
            else if (!seen.Add(e.Id))
            {
                errors.Add(new FieldError(field, "id is used twice in the document"));
            }
            var questions = new[] { e.Question }.Concat(e.Alternates ?? []).ToList();
            foreach (var q in questions.Where(q => string.IsNullOrWhiteSpace(q) || q.Length > FieldLimits.Question))
            {
                errors.Add(new FieldError(field, q is null ? "question is missing" : $"question '{FieldReader.Shorten(q)}' is empty or longer than {FieldLimits.Question} characters"));
            }
            if (string.IsNullOrWhiteSpace(e.Answer) || e.Answer.Length > FieldLimits.Answer)
            {
                errors.Add(new FieldError(field, $"answer is missing or longer than {FieldLimits.Answer} characters"));
            }
            if (e.Quotes is not { Count: > 0 })
            {
                errors.Add(new FieldError(field, "has no quote"));
            }
            var quotes = new List<Quote>();
            foreach (var q in e.Quotes ?? [])
            {
                if (q.Source is null || !sources.TryGetValue(q.Source, out var source))
                {
                    errors.Add(new FieldError(field, $"quote cites unknown source '{q.Source}'"));
                }
                else if (string.IsNullOrWhiteSpace(q.Text) || !CitationVerifier.IsVerbatim(q.Text, source.Text))
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
                [.. (e.Tags ?? []).Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t.Trim())], asOf, status,
                e.Version ?? 0, actor.Label, now, actor.Label, now, e.Notify ?? true));

            FactStatus Invalid(string message)
            {
                errors.Add(new FieldError(field, message));
                return FactStatus.Active;
            }
        }
        return facts;
    }
}
