using System.Text;

namespace ChatBot.FakeTelegram;

/// <summary>Reads the attributes of a start tag up to and including its closing '&gt;'.</summary>
internal static class HtmlAttributeReader
{
    public static List<(string Name, string Value)> Read(string html, ref int i, string tagName, int tagBegin)
    {
        var attributes = new List<(string, string)>();
        while (true)
        {
            SkipSpaces(html, ref i);
            if (i >= html.Length)
            {
                throw Unclosed(html, tagBegin);
            }

            if (html[i] == '>')
            {
                i++;
                return attributes;
            }

            var nameStart = i;
            while (i < html.Length && !char.IsWhiteSpace(html[i]) && html[i] is not ('=' or '>'))
            {
                i++;
            }

            if (i == nameStart)
            {
                throw HtmlEntityParser.Error($"Empty attribute name in the tag \"{tagName}\" at byte offset {HtmlEntityParser.ByteOffset(html, i)}");
            }

            var name = html[nameStart..i].ToLowerInvariant();
            SkipSpaces(html, ref i);
            if (i >= html.Length || html[i] != '=')
            {
                attributes.Add((name, ""));
                continue;
            }

            i++;
            SkipSpaces(html, ref i);
            attributes.Add((name, ReadValue(html, ref i, tagBegin)));
        }
    }

    private static string ReadValue(string html, ref int i, int tagBegin)
    {
        if (i >= html.Length)
        {
            throw Unclosed(html, tagBegin);
        }

        var quote = html[i] is '"' or '\'' ? html[i++] : '\0';
        var value = new StringBuilder();
        while (i < html.Length)
        {
            var c = html[i];
            if (quote != '\0' ? c == quote : char.IsWhiteSpace(c) || c == '>')
            {
                break;
            }

            if (c == '&')
            {
                value.Append(HtmlEntityParser.DecodeEntity(html, ref i));
                continue;
            }

            value.Append(c);
            i++;
        }

        if (i >= html.Length)
        {
            throw Unclosed(html, tagBegin);
        }

        if (quote != '\0')
        {
            i++;
        }

        return value.ToString();
    }

    private static void SkipSpaces(string html, ref int i)
    {
        while (i < html.Length && char.IsWhiteSpace(html[i]))
        {
            i++;
        }
    }

    private static ApiError Unclosed(string html, int tagBegin) =>
        HtmlEntityParser.Error($"Unclosed start tag at byte offset {HtmlEntityParser.ByteOffset(html, tagBegin)}");
}
