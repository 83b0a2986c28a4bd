using System.Text;

namespace ChatBot.Core.Alerts;

/// <summary>Turns what people type after /subscribe ("#Casualties, peace plan") into stored tags.</summary>
public static class Topics
{
    public const int MaxTagLength = 40;

    /// <summary>Lower-case, '#' and punctuation dropped, spaces inside a tag become '-'; duplicates removed.</summary>
    public static IReadOnlyList<string> Parse(string? args)
    {
        if (string.IsNullOrWhiteSpace(args))
        {
            return [];
        }
        var tags = new List<string>();
        foreach (var part in args.Split([',', ' ', '\n', '\t', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var tag = Normalize(part);
            if (tag.Length > 0 && !tags.Contains(tag, StringComparer.Ordinal))
            {
                tags.Add(tag);
            }
        }
        return tags;
    }

    public static string Normalize(string tag)
    {
        ArgumentNullException.ThrowIfNull(tag);
        var sb = new StringBuilder(tag.Length);
        foreach (var c in tag.Trim().TrimStart('#'))
        {
            if (char.IsLetterOrDigit(c))
            {
                sb.Append(char.ToLowerInvariant(c));
            }
            else if ((c is '-' or '_' or ' ') && sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }
        var s = sb.ToString().Trim('-');
        return s.Length <= MaxTagLength ? s : s[..MaxTagLength];
    }
}
