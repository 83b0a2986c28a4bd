using System.Text.Json;

namespace ChatBot.FakeTelegram;

/// <summary>Turns a text or caption parameter into what Telegram stores: parsed, trimmed, auto-detected, limit-checked.</summary>
internal static class TextRules
{
    public const int MaxTextLength = 4096;
    public const int MaxCaptionLength = 1024;

    public static FormattedText Text(string? raw, string? parseMode, JsonElement? entities)
    {
        var formatted = Format(raw ?? "", parseMode, entities);
        if (formatted.Text.Length == 0)
        {
            throw ApiError.BadRequest("message text is empty");
        }

        // Telegram counts the text left after entity parsing, in UTF-16 code units.
        if (formatted.Text.Length > MaxTextLength)
        {
            throw ApiError.BadRequest("message is too long");
        }

        return formatted;
    }

    public static FormattedText? Caption(string? raw, string? parseMode, JsonElement? entities)
    {
        if (raw is null)
        {
            return null;
        }

        var formatted = Format(raw, parseMode, entities);
        if (formatted.Text.Length > MaxCaptionLength)
        {
            throw ApiError.BadRequest("message caption is too long");
        }

        return formatted.Text.Length == 0 ? null : formatted;
    }

    /// <summary>Entities for text a test injects as a user would type it.</summary>
    public static FormattedText UserText(string text, IReadOnlyList<FakeEntity>? entities) =>
        entities is null ? Detect(new FormattedText(text, [])) : new FormattedText(text, entities);

    private static FormattedText Format(string raw, string? parseMode, JsonElement? entities)
    {
        var parsed = parseMode?.ToUpperInvariant() switch
        {
            null or "" => new FormattedText(raw, ReadEntities(entities)),
            "HTML" => HtmlEntityParser.Parse(raw),
            "MARKDOWN" or "MARKDOWNV2" => throw ApiError.BadRequest($"parse_mode {parseMode} is not implemented by the fake; use HTML"),
            _ => throw ApiError.BadRequest("unsupported parse_mode"),
        };
        return Detect(Trim(parsed));
    }

    private static FormattedText Trim(FormattedText formatted)
    {
        var text = formatted.Text;
        var start = 0;
        var end = text.Length;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (start == 0 && end == text.Length)
        {
            return formatted;
        }

        var entities = new List<FakeEntity>();
        foreach (var e in formatted.Entities)
        {
            var from = Math.Max(e.Offset, start);
            var to = Math.Min(e.End, end);
            if (to > from)
            {
                entities.Add(e with { Offset = from - start, Length = to - from });
            }
        }

        return new FormattedText(text[start..end], entities);
    }

    private static FormattedText Detect(FormattedText formatted)
    {
        var all = new List<FakeEntity>(formatted.Entities);
        all.AddRange(EntityDetector.Detect(formatted.Text, formatted.Entities));
        all.Sort(static (a, b) => a.Offset != b.Offset ? a.Offset.CompareTo(b.Offset) : b.Length.CompareTo(a.Length));
        return formatted with { Entities = all };
    }

    private static List<FakeEntity> ReadEntities(JsonElement? json)
    {
        var list = new List<FakeEntity>();
        if (json is not { ValueKind: JsonValueKind.Array } array)
        {
            return list;
        }

        foreach (var e in array.EnumerateArray())
        {
            var user = e.ReadJson("user") is { } u && u.ReadLong("id") is { } id
                ? new FakeUser(id, u.ReadString("first_name") ?? $"User{id}", Username: u.ReadString("username"))
                : null;
            list.Add(new FakeEntity(
                e.ReadString("type") ?? throw ApiError.BadRequest("can't parse entities: entity type is missing"),
                e.ReadInt("offset") ?? 0,
                e.ReadInt("length") ?? 0,
                e.ReadString("url"),
                user,
                e.ReadString("language"),
                e.ReadString("custom_emoji_id")));
        }

        return list;
    }
}
