using System.Text;

namespace ChatBot.Telegram.Replies;

/// <summary>
/// Cuts Telegram HTML into messages whose visible text stays under the limit, preferring line breaks, then spaces;
/// tags open at a cut are closed before it and reopened after it, so every part parses on its own.
/// </summary>
public static class HtmlSplitter
{
    /// <summary>Telegram allows 4096 characters after entity parsing; the margin absorbs counting differences.</summary>
    public const int DefaultLimit = 4000;

    public static IReadOnlyList<string> Split(string html, int limit = DefaultLimit)
    {
        ArgumentNullException.ThrowIfNull(html);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 16);
        if (html.Length <= limit)
        {
            // Tags and entities only ever shorten the visible text: it fits, as the walk below would find.
            return html.AsSpan().Trim().IsEmpty ? [] : [html.TrimEnd()];
        }
        var parts = new List<string>();
        var rest = html;
        while (true)
        {
            var (head, tail) = SplitOnce(rest, limit);
            if (head.Trim().Length > 0)
            {
                parts.Add(head.TrimEnd());
            }
            if (tail is null)
            {
                return parts;
            }
            rest = tail;
        }
    }

    private static (string Head, string? Tail) SplitOnce(string html, int limit)
    {
        var open = new List<(string Name, string Tag)>();
        Cut? newline = null, space = null;
        var visible = 0;
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<' && html.IndexOf('>', i) is var close and > 0)
            {
                Track(open, html[i..(close + 1)]);
                i = close + 1;
                continue;
            }
            var length = c == '&' && html.IndexOf(';', i) is var semi and > 0 && semi - i <= 10 ? semi - i + 1 : char.IsHighSurrogate(c) ? 2 : 1;
            var width = char.IsHighSurrogate(c) ? 2 : 1;
            if (visible + width > limit)
            {
                // A break in the second half keeps parts large; otherwise any break beats cutting a word.
                var cut = (newline?.Visible >= limit / 2 ? newline : null) ?? (space?.Visible >= limit / 2 ? space : null)
                    ?? newline ?? space ?? new Cut(i, visible, [.. open]);
                return (html[..cut.Index] + Closing(cut.Open), Opening(cut.Open) + html[cut.Index..].TrimStart('\n', ' '));
            }
            i += length;
            visible += width;
            if (c == '\n')
            {
                newline = new Cut(i, visible, [.. open]);
            }
            else if (c == ' ')
            {
                space = new Cut(i, visible, [.. open]);
            }
        }
        return (html, null);
    }

    private static void Track(List<(string Name, string Tag)> open, string tag)
    {
        var closing = tag.StartsWith("</", StringComparison.Ordinal);
        var name = new string(tag.AsSpan(closing ? 2 : 1).ToArray().TakeWhile(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();
        if (!closing)
        {
            open.Add((name, tag));
            return;
        }
        var at = open.FindLastIndex(t => t.Name == name);
        if (at >= 0)
        {
            open.RemoveAt(at);
        }
    }

    private static string Closing(IEnumerable<(string Name, string Tag)> open)
    {
        var sb = new StringBuilder();
        foreach (var (name, _) in open.Reverse())
        {
            sb.Append("</").Append(name).Append('>');
        }
        return sb.ToString();
    }

    private static string Opening(IEnumerable<(string Name, string Tag)> open) => string.Concat(open.Select(t => t.Tag));

    private sealed record Cut(int Index, int Visible, (string Name, string Tag)[] Open);
}
