using System.Text;

namespace ChatBot.Core.Rendering;

/// <summary>Escaping for Telegram's HTML parse mode, which knows only &amp;lt; &amp;gt; &amp;amp; &amp;quot;.</summary>
public static class Html
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }
        if (text.AsSpan().IndexOfAny("<>&\"") < 0)
        {
            return text;
        }
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                _ => c.ToString(),
            });
        }
        return sb.ToString();
    }

    /// <summary>
    /// The length Telegram counts against its 4,096 limit: the text after tags and entities are parsed, in UTF-16 units.
    /// </summary>
    public static int VisibleLength(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var length = 0;
        for (var i = 0; i < html.Length; i++)
        {
            if (html[i] == '<' && html.IndexOf('>', i) is var close and > 0)
            {
                i = close;
                continue;
            }
            if (html[i] == '&' && html.IndexOf(';', i) is var semi and > 0 && semi - i <= 10)
            {
                i = semi;
            }
            length++;
        }
        return length;
    }

    /// <summary>Only http(s) links become anchors; anything else could smuggle a scheme Telegram rejects.</summary>
    public static bool IsSafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
