using System.Text;
using ChatBot.Core.Matching;

namespace ChatBot.Core.Curation.Parsing;

/// <summary>
/// Splits the body of an admin message into "Name: value" fields. Lines that do not start a field continue the
/// previous one, so answers and quotes may span lines; everything after the rest field (Text:) is taken verbatim.
/// A field named in <c>translatable</c> may carry a language tag ("Q[uk]:", "A[ru]:"); the tag must be one of
/// <c>languages</c>, and a tag on any other field is an error naming the line.
/// </summary>
public static class FieldReader
{
    public static FieldSet Read(string body, IReadOnlyList<string> names, string? restField = null,
        IReadOnlyList<string>? translatable = null, IReadOnlyList<string>? languages = null)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(names);
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var fields = new List<FieldLine>();
        var errors = new List<FieldError>();
        string? name = null;
        string? tagged = null;
        var value = new StringBuilder();
        var start = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var (label, rest, tag) = SplitLabel(line);
            var known = label is null ? null : names.FirstOrDefault(n => string.Equals(n, label, StringComparison.OrdinalIgnoreCase));
            if (tag is not null && known is null)
            {
                // "Note[1]: …" is not a field: text of the field above, as it always was.
                (label, tag) = (null, null);
            }
            if (tag is not null)
            {
                Flush();
                var lineNumber = i + 1;
                if (translatable?.Contains(known!, StringComparer.OrdinalIgnoreCase) != true)
                {
                    errors.Add(new FieldError($"{label}[{tag}]", new FieldProblem.NoLanguageTag(lineNumber, label!, [.. translatable ?? []])));
                    continue;
                }
                var language = tag.ToLowerInvariant();
                if (languages?.Contains(language, StringComparer.Ordinal) != true)
                {
                    errors.Add(new FieldError($"{known}[{tag}]", new FieldProblem.UnknownLanguageOnLine(lineNumber, tag, [.. languages ?? []])));
                    continue;
                }
                name = known;
                tagged = language;
                start = lineNumber;
                value.Append(rest);
                continue;
            }
            if (known is not null)
            {
                Flush();
                if (restField is not null && string.Equals(known, restField, StringComparison.OrdinalIgnoreCase))
                {
                    var text = string.Join('\n', lines.Skip(i + 1).Prepend(rest!));
                    fields.Add(new FieldLine(known, text.Trim(), i + 1));
                    return new FieldSet(fields, errors);
                }
                name = known;
                start = i + 1;
                value.Append(rest);
                continue;
            }
            if (label is not null && LooksLikeTypo(label, names) is { } meant)
            {
                errors.Add(new FieldError(label, new FieldProblem.UnknownField(i + 1, meant, names)));
                continue;
            }
            if (name is null)
            {
                if (line.Trim().Length > 0)
                {
                    errors.Add(new FieldError(FieldNames.None, new FieldProblem.NotAFieldLine(i + 1, Shorten(line.Trim()), names)));
                }
                continue;
            }
            value.Append('\n').Append(line);
        }
        Flush();
        return new FieldSet(fields, errors);

        void Flush()
        {
            if (name is not null)
            {
                fields.Add(new FieldLine(name, value.ToString().Trim(), start, tagged));
            }
            name = null;
            tagged = null;
            value.Clear();
        }
    }

    internal static string Shorten(string text, int max = 60) => Rendering.TextCut.Shorten(text, max);

    /// <summary>
    /// "Name: rest" when the line starts with a single word (letters only) followed by a colon; "Name[xx]: rest" gives
    /// the tag as well (letters only, up to 8).
    /// </summary>
    private static (string? Label, string? Remainder, string? Tag) SplitLabel(string line)
    {
        var trimmed = line.TrimStart();
        var colon = trimmed.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 22)
        {
            return (null, null, null);
        }
        var label = trimmed[..colon].TrimEnd();
        string? tag = null;
        var open = label.IndexOf('[', StringComparison.Ordinal);
        if (open > 0 && label.EndsWith(']'))
        {
            tag = label[(open + 1)..^1].Trim();
            label = label[..open].TrimEnd();
            if (tag.Length is 0 or > 8 || !tag.All(char.IsLetter))
            {
                return (null, null, null);
            }
        }
        else if (colon > 12)
        {
            return (null, null, null);
        }
        return label.Length > 0 && label.All(char.IsLetter) ? (label, trimmed[(colon + 1)..].Trim(), tag) : (null, null, null);
    }

    // A near miss of a field name ("Qoute:") must fail loudly, not be swallowed into the previous field's text.
    private static string? LooksLikeTypo(string label, IReadOnlyList<string> names) =>
        label.Length < 3 ? null
        : names.FirstOrDefault(n => n.Length >= 3 &&
            EditDistance.DamerauLevenshtein(label.ToLowerInvariant(), n.ToLowerInvariant(), 2) <= (n.Length >= 8 ? 2 : 1));
}
