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

    /// <summary>Only http(s) links become anchors; anything else could smuggle a scheme Telegram rejects.</summary>
    public static bool IsSafeUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
