using System.Text.RegularExpressions;
using ChatBot.FakeTelegram;

namespace ChatBot.Tests.Support;

/// <summary>
/// The Latin-script words left in a reply once what is rightly not translated is taken out: the curated content (fact
/// questions, answers, quotes, source titles and outlets, tags, ids), URLs, commands, @names and code spans.
/// </summary>
internal static partial class LatinWords
{
    /// <summary>Entities whose text is never interface wording: quotes, code (commands, ids), links and names.</summary>
    private static readonly HashSet<string> Verbatim = new(StringComparer.Ordinal)
    {
        "blockquote", "expandable_blockquote", "code", "pre", "url", "text_link", "mention", "bot_command", "hashtag", "email",
    };

    public static IReadOnlyList<string> InMessage(FakeMessage message, IReadOnlyCollection<string> content)
    {
        ArgumentNullException.ThrowIfNull(message);
        var text = message.Text ?? message.Caption ?? "";
        var chars = text.ToCharArray();
        foreach (var e in (message.Text is null ? message.CaptionEntities : message.Entities).Where(e => Verbatim.Contains(e.Type)))
        {
            Array.Fill(chars, ' ', e.Offset, Math.Min(e.Length, chars.Length - e.Offset));
        }
        return InText(new string(chars), content);
    }

    /// <summary>Telegram HTML: tags and entities removed, code spans blanked, then as <see cref="InText"/>.</summary>
    public static IReadOnlyList<string> InHtml(string html, IReadOnlyCollection<string> content)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = Code().Replace(html, " ");
        text = Quote().Replace(text, " ");
        text = Tag().Replace(text, " ");
        return InText(EntityRef().Replace(text, " "), content);
    }

    public static IReadOnlyList<string> InText(string text, IReadOnlyCollection<string> content)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(content);
        // A label cut to fit a button ("Related: Who leads…") is a prefix of a curated question.
        text = Cut().Replace(text, m => content.Any(c => c.StartsWith(m.Value.TrimEnd('…').TrimEnd(), StringComparison.Ordinal)) ? " " : m.Value);
        foreach (var c in content.Where(c => c.Length > 0).OrderByDescending(c => c.Length))
        {
            text = text.Replace(c, " ", StringComparison.Ordinal);
        }
        text = Url().Replace(text, " ");
        text = Command().Replace(text, " ");
        text = Mention().Replace(text, " ");
        return [.. Word().Matches(text).Select(m => m.Value)];
    }

    [GeneratedRegex(@"[A-Za-z][^…\n]*…")]
    private static partial Regex Cut();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();

    [GeneratedRegex(@"/[a-z_]+(@\w+)?")]
    private static partial Regex Command();

    [GeneratedRegex(@"@\w+")]
    private static partial Regex Mention();

    [GeneratedRegex(@"[A-Za-z]+")]
    private static partial Regex Word();

    [GeneratedRegex(@"<code>.*?</code>", RegexOptions.Singleline)]
    private static partial Regex Code();

    [GeneratedRegex(@"<blockquote>.*?</blockquote>", RegexOptions.Singleline)]
    private static partial Regex Quote();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    [GeneratedRegex(@"&[a-z]+;|&#\d+;")]
    private static partial Regex EntityRef();
}
