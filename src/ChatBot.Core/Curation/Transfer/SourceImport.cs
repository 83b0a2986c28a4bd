using System.Globalization;
using ChatBot.Core.Curation.Parsing;
using ChatBot.Core.Facts;
using ChatBot.Core.Rendering;

namespace ChatBot.Core.Curation.Transfer;

/// <summary>
/// Checks the document's sources. Sources are immutable once stored (quotes were verified against their text), so an
/// entry for a stored id must match it exactly; new ids become new sources.
/// </summary>
internal static class SourceImport
{
    public static List<Source> Check(IReadOnlyList<SourceEntry> entries, IReadOnlyList<Source> stored, List<FieldError> errors)
    {
        var byId = stored.ToDictionary(s => s.Id, StringComparer.Ordinal);
        var urls = stored.Where(s => s.Url is not null).ToDictionary(s => s.Url!, s => s.Id, StringComparer.OrdinalIgnoreCase);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var added = new List<Source>();
        for (var i = 0; i < entries.Count; i++)
        {
            var e = entries[i];
            if (e is null)
            {
                errors.Add(new FieldError($"sources[{i}]", new FieldProblem.NullEntry(JsonEntry.Source)));
                continue;
            }
            var field = $"sources[{i}]" + (e.Id is null ? string.Empty : $" '{FieldReader.Shorten(e.Id, 40)}'");
            var before = errors.Count;
            if (e.Id is null || !Slug.IsWellFormed(e.Id))
            {
                errors.Add(new FieldError(field, new FieldProblem.BadId()));
            }
            else if (!seen.Add(e.Id))
            {
                errors.Add(new FieldError(field, new FieldProblem.IdTwice()));
            }
            Require(e.Title, "title", FieldLimits.Title);
            Require(e.Outlet, "outlet", FieldLimits.Outlet);
            Require(e.Text, "text", FieldLimits.SourceText);
            DateOnly? published = null;
            if (e.Published is not null)
            {
                if (DateOnly.TryParseExact(e.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
                {
                    published = d;
                }
                else
                {
                    errors.Add(new FieldError(field, new FieldProblem.PropertyNotADate("published", FieldReader.Shorten(e.Published))));
                }
            }
            if (e.Url is not null && !Html.IsSafeUrl(e.Url))
            {
                errors.Add(new FieldError(field, new FieldProblem.PropertyNotHttpLink("url", FieldReader.Shorten(e.Url))));
            }
            if (errors.Count > before)
            {
                continue;
            }
            var source = new Source(e.Id!, e.Title!, e.Outlet!, e.Url, published, e.Text!);
            if (byId.TryGetValue(source.Id, out var existing))
            {
                if (existing != source)
                {
                    errors.Add(new FieldError(field, new FieldProblem.SourceChanged()));
                }
                continue;
            }
            if (source.Url is not null && urls.TryGetValue(source.Url, out var owner))
            {
                errors.Add(new FieldError(field, new FieldProblem.UrlIsStoredSource(owner)));
                continue;
            }
            added.Add(source);

            void Require(string? value, string name, int max)
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    errors.Add(new FieldError(field, new FieldProblem.PropertyMissing(name)));
                }
                else if (value.Length > max)
                {
                    errors.Add(new FieldError(field, new FieldProblem.PropertyTooLong(name, value.Length, max)));
                }
            }
        }
        return added;
    }
}
