using System.Globalization;
using System.Text.Json;

namespace ChatBot.FakeTelegram;

/// <summary>
/// Lenient readers over request parameters: Telegram accepts "123" and 123 alike, and form bodies carry JSON as strings.
/// </summary>
internal static class JsonParams
{
    public static string? ReadString(this JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Null or JsonValueKind.Undefined => null,
            _ => v.GetRawText(),
        };
    }

    public static long? ReadLong(this JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v))
        {
            return null;
        }

        return v.ValueKind switch
        {
            JsonValueKind.Number when v.TryGetInt64(out var n) => n,
            JsonValueKind.String when long.TryParse(v.GetString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => n,
            _ => null,
        };
    }

    public static int? ReadInt(this JsonElement obj, string name)
    {
        var n = obj.ReadLong(name);
        return n is >= int.MinValue and <= int.MaxValue ? (int)n.Value : null;
    }

    public static bool ReadBool(this JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v))
        {
            return false;
        }

        return v.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.String => v.GetString() is "true" or "True" or "1",
            JsonValueKind.Number => v.TryGetInt64(out var n) && n != 0,
            _ => false,
        };
    }

    /// <summary>An object or array parameter; a string holding JSON (form bodies) is parsed.</summary>
    public static JsonElement? ReadJson(this JsonElement obj, string name)
    {
        if (!obj.TryGetProperty(name, out var v))
        {
            return null;
        }

        if (v.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
        {
            return v;
        }

        if (v.ValueKind == JsonValueKind.String && TryParseJson(v.GetString(), out var parsed))
        {
            return parsed;
        }

        return null;
    }

    public static bool TryParseJson(string? text, out JsonElement element)
    {
        element = default;
        var trimmed = text.AsSpan().Trim();
        if (trimmed.IsEmpty || (trimmed[0] != '{' && trimmed[0] != '['))
        {
            return false;
        }

        try
        {
            element = JsonSerializer.Deserialize<JsonElement>(trimmed);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
