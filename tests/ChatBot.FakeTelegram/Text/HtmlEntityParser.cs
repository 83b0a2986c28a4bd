using System.Globalization;
using System.Text;

namespace ChatBot.FakeTelegram;

/// <summary>
/// Telegram's HTML parse mode: the supported tag subset becomes plain text plus entities with UTF-16 offsets.
/// Errors read like Telegram's ("can't parse entities: …", byte offsets in UTF-8). Stricter than Telegram on one point:
/// a '&amp;' that starts no entity is rejected, because a bot that does not escape it has a latent bug.
/// </summary>
internal static class HtmlEntityParser
{
    private static readonly HashSet<string> Supported =
    [
        "a", "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler",
        "code", "pre", "blockquote", "tg-emoji",
    ];

    public static FormattedText Parse(string html)
    {
        var text = new StringBuilder(html.Length);
        var open = new Stack<OpenTag>();
        var entities = new List<FakeEntity>();
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '&')
            {
                text.Append(DecodeEntity(html, ref i));
            }
            else if (c != '<')
            {
                text.Append(c);
                i++;
            }
            else if (i + 1 < html.Length && html[i + 1] == '/')
            {
                CloseTag(html, ref i, open, entities, text.Length);
            }
            else
            {
                open.Push(ReadStartTag(html, ref i, text.Length));
            }
        }

        if (open.Count > 0)
        {
            throw Error($"Can't find end tag corresponding to start tag \"{open.Peek().Name}\"");
        }

        return new FormattedText(text.ToString(), entities);
    }

    private static OpenTag ReadStartTag(string html, ref int i, int textOffset)
    {
        var begin = i++;
        var nameStart = i;
        while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] != '>')
        {
            i++;
        }

        if (i >= html.Length)
        {
            throw Error($"Unclosed start tag at byte offset {ByteOffset(html, begin)}");
        }

        var name = html[nameStart..i].ToLowerInvariant();
        if (!Supported.Contains(name))
        {
            throw Error($"Unsupported start tag \"{name}\" at byte offset {ByteOffset(html, begin)}");
        }

        string? argument = null;
        foreach (var (attribute, value) in HtmlAttributeReader.Read(html, ref i, name, begin))
        {
            argument = (name, attribute) switch
            {
                ("a", "href") or ("span", "class") or ("code", "class") or ("tg-emoji", "emoji-id") => value,
                ("blockquote", "expandable") => "expandable",
                _ => argument,
            };
        }

        if (name == "span" && argument != "tg-spoiler")
        {
            throw Error($"Tag \"span\" must have class \"tg-spoiler\" at byte offset {ByteOffset(html, begin)}");
        }

        if (name == "tg-emoji" && string.IsNullOrEmpty(argument))
        {
            throw Error($"Tag \"tg-emoji\" must have attribute \"emoji-id\" at byte offset {ByteOffset(html, begin)}");
        }

        return new OpenTag(name, textOffset, argument);
    }

    private static void CloseTag(string html, ref int i, Stack<OpenTag> open, List<FakeEntity> entities, int textOffset)
    {
        var begin = i;
        i += 2;
        var nameStart = i;
        while (i < html.Length && html[i] != '>' && !char.IsWhiteSpace(html[i]))
        {
            i++;
        }

        var name = html[nameStart..i].ToLowerInvariant();
        while (i < html.Length && char.IsWhiteSpace(html[i]))
        {
            i++;
        }

        if (i >= html.Length || html[i] != '>')
        {
            throw Error($"Unclosed end tag at byte offset {ByteOffset(html, begin)}");
        }

        i++;
        if (open.Count == 0)
        {
            throw Error($"Unexpected end tag at byte offset {ByteOffset(html, begin)}");
        }

        var tag = open.Pop();
        if (tag.Name != name)
        {
            throw Error($"Unmatched end tag at byte offset {ByteOffset(html, begin)}, expected \"</{tag.Name}>\", found \"</{name}>\"");
        }

        var length = textOffset - tag.Start;
        if (tag.Name == "code" && open.TryPeek(out var parent) && parent.Name == "pre")
        {
            // <pre><code class="language-x"> is one pre entity with a language, not two entities.
            parent.Language ??= tag.Argument is { } cls && cls.StartsWith("language-", StringComparison.Ordinal) ? cls["language-".Length..] : null;
            return;
        }

        if (length > 0 && ToEntity(tag, length) is { } entity)
        {
            entities.Add(entity);
        }
    }

    private static FakeEntity? ToEntity(OpenTag tag, int length) => tag.Name switch
    {
        "b" or "strong" => new("bold", tag.Start, length),
        "i" or "em" => new("italic", tag.Start, length),
        "u" or "ins" => new("underline", tag.Start, length),
        "s" or "strike" or "del" => new("strikethrough", tag.Start, length),
        "span" or "tg-spoiler" => new("spoiler", tag.Start, length),
        "code" => new("code", tag.Start, length),
        "pre" => new("pre", tag.Start, length, Language: tag.Language),
        "blockquote" => new(tag.Argument == "expandable" ? "expandable_blockquote" : "blockquote", tag.Start, length),
        "tg-emoji" => new("custom_emoji", tag.Start, length, CustomEmojiId: tag.Argument),
        "a" when TextMentionId(tag.Argument) is { } userId => new("text_mention", tag.Start, length, User: new FakeUser(userId, $"User{userId}")),
        "a" when !string.IsNullOrEmpty(tag.Argument) => new("text_link", tag.Start, length, Url: tag.Argument),
        _ => null,
    };

    private static long? TextMentionId(string? href) =>
        href is not null && href.StartsWith("tg://user?id=", StringComparison.Ordinal)
        && long.TryParse(href.AsSpan("tg://user?id=".Length), NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : null;

    internal static string DecodeEntity(string html, ref int i)
    {
        var semicolon = html.IndexOf(';', i);
        if (semicolon > i + 1 && semicolon - i <= 10)
        {
            var body = html.AsSpan(i + 1, semicolon - i - 1);
            string? decoded = body switch
            {
                "lt" => "<",
                "gt" => ">",
                "amp" => "&",
                "quot" => "\"",
                _ => DecodeNumeric(body),
            };
            if (decoded is not null)
            {
                i = semicolon + 1;
                return decoded;
            }
        }

        throw Error($"Character '&' at byte offset {ByteOffset(html, i)} does not start an entity; escape it as &amp;");
    }

    private static string? DecodeNumeric(ReadOnlySpan<char> body)
    {
        if (body.Length < 2 || body[0] != '#')
        {
            return null;
        }

        var hex = body[1] is 'x' or 'X';
        var digits = body[(hex ? 2 : 1)..];
        var ok = int.TryParse(digits, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out var code);
        return ok && code > 0 && code <= 0x10FFFF && code is < 0xD800 or > 0xDFFF ? char.ConvertFromUtf32(code) : null;
    }

    internal static int ByteOffset(string html, int index) => Encoding.UTF8.GetByteCount(html.AsSpan(0, index));

    internal static ApiError Error(string detail) => ApiError.BadRequest("can't parse entities: " + detail);
}
