using System.Text;
using System.Text.Json;

namespace ChatBot.FakeTelegram;

/// <summary>Validates reply_markup the way Telegram does for the parts bots get wrong, and reads its inline keyboard.</summary>
internal static class ReplyMarkupReader
{
    private static readonly string[] ButtonActions =
    [
        "callback_data", "url", "switch_inline_query", "switch_inline_query_current_chat", "switch_inline_query_chosen_chat",
        "login_url", "web_app", "callback_game", "pay", "copy_text",
    ];

    public static IReadOnlyList<IReadOnlyList<InlineButton>> Read(JsonElement? markup)
    {
        if (markup is not { ValueKind: JsonValueKind.Object } m || !m.TryGetProperty("inline_keyboard", out var keyboard))
        {
            return [];
        }

        if (keyboard.ValueKind != JsonValueKind.Array)
        {
            throw ApiError.BadRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array");
        }

        var rows = new List<IReadOnlyList<InlineButton>>();
        foreach (var row in keyboard.EnumerateArray())
        {
            if (row.ValueKind != JsonValueKind.Array)
            {
                throw ApiError.BadRequest("field \"inline_keyboard\" of the InlineKeyboardMarkup must be an Array of Arrays");
            }

            rows.Add(row.EnumerateArray().Select(ReadButton).ToArray());
        }

        return rows;
    }

    private static InlineButton ReadButton(JsonElement button)
    {
        if (button.ValueKind != JsonValueKind.Object)
        {
            throw ApiError.BadRequest("can't parse inline keyboard button: InlineKeyboardButton must be an Object");
        }

        var text = button.ReadString("text");
        if (text is null)
        {
            throw ApiError.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }

        if (!ButtonActions.Any(action => button.TryGetProperty(action, out _)))
        {
            throw ApiError.BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
        }

        var data = button.ReadString("callback_data");
        if (button.TryGetProperty("callback_data", out _) && (data is null || Encoding.UTF8.GetByteCount(data) is < 1 or > 64))
        {
            throw ApiError.BadRequest("BUTTON_DATA_INVALID");
        }

        var url = button.ReadString("url");
        if (url is not null && !IsButtonUrl(url))
        {
            throw ApiError.BadRequest("BUTTON_URL_INVALID");
        }

        return new InlineButton(text, data, url, button);
    }

    private static bool IsButtonUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "tg";
}
