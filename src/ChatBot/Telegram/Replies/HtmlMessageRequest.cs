using System.Net.Http.Headers;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Replies;

/// <summary>
/// sendMessage as the bot sends every reply (HTML, no link preview, an optional quoted message and inline keyboard),
/// with its body written straight to UTF-8 and its reply read into the few fields the bot uses. Telegram.Bot's own
/// request serialises and reads a whole <see cref="Message"/> through reflection-based JSON, which was most of the 10 %
/// of a webhook replica's CPU that went to JSON (issue 13). The Bot API sees the same JSON object either way.
/// </summary>
public sealed class HtmlMessageRequest(long chatId, string text, int? replyTo, InlineKeyboardMarkup? keyboard)
    : RequestBase<HtmlMessageRequest.Sent>("sendMessage")
{
    // The body is JSON for the Bot API, never embedded in an HTML page, so '<' and non-ASCII letters need no escaping.
    private static readonly JsonWriterOptions Writing = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private static readonly MediaTypeHeaderValue Json = MediaTypeHeaderValue.Parse("application/json; charset=utf-8");

    public long ChatId { get; } = chatId;

    public string Text { get; } = text;

    public int? ReplyTo { get; } = replyTo;

    public InlineKeyboardMarkup? Keyboard { get; } = keyboard;

    public override HttpContent ToHttpContent()
    {
        using var body = new MemoryStream(256 + Text.Length * 2);
        using (var w = new Utf8JsonWriter(body, Writing))
        {
            w.WriteStartObject();
            w.WriteNumber("chat_id", ChatId);
            w.WriteString("text", Text);
            w.WriteString("parse_mode", "HTML");
            w.WriteStartObject("link_preview_options");
            w.WriteBoolean("is_disabled", true);
            w.WriteEndObject();
            if (ReplyTo is { } id)
            {
                w.WriteStartObject("reply_parameters");
                w.WriteNumber("message_id", id);
                w.WriteBoolean("allow_sending_without_reply", true);
                w.WriteEndObject();
            }
            if (Keyboard is not null)
            {
                w.WritePropertyName("reply_markup");
                WriteKeyboard(w, Keyboard);
            }
            w.WriteEndObject();
        }
        var content = new ByteArrayContent(body.GetBuffer(), 0, (int)body.Length);
        content.Headers.ContentType = Json;
        return content;
    }

    /// <summary>Buttons the bot makes (a text with callback data or an inline query) by hand; any other kind as Telegram.Bot writes it.</summary>
    private static void WriteKeyboard(Utf8JsonWriter w, InlineKeyboardMarkup keyboard)
    {
        if (!keyboard.InlineKeyboard.All(row => row.All(IsPlain)))
        {
            JsonSerializer.Serialize(w, keyboard, JsonBotAPI.Options);
            return;
        }
        w.WriteStartObject();
        w.WriteStartArray("inline_keyboard");
        foreach (var row in keyboard.InlineKeyboard)
        {
            w.WriteStartArray();
            foreach (var button in row)
            {
                w.WriteStartObject();
                w.WriteString("text", button.Text);
                if (button.CallbackData is { } data)
                {
                    w.WriteString("callback_data", data);
                }
                if (button.SwitchInlineQuery is { } query)
                {
                    w.WriteString("switch_inline_query", query);
                }
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static bool IsPlain(InlineKeyboardButton b) =>
        b.IconCustomEmojiId is null && b.Style is null && b.Url is null && b.WebApp is null && b.LoginUrl is null
        && b.SwitchInlineQueryCurrentChat is null && b.SwitchInlineQueryChosenChat is null && b.CopyText is null
        && b.CallbackGame is null && !b.Pay && b.Disabled is null;

    /// <summary>The sent message as far as the bot reads it (its id and chat); the rest of Telegram's reply is skipped.</summary>
    public sealed class Sent
    {
        [JsonPropertyName("message_id")]
        public int MessageId { get; init; }

        [JsonPropertyName("chat")]
        public SentChat? Chat { get; init; }

        [JsonPropertyName("date")]
        [JsonConverter(typeof(UnixSeconds))]
        public DateTime Date { get; init; }

        public Message ToMessage() => new() { Id = MessageId, Chat = new Chat { Id = Chat?.Id ?? 0, Type = Chat?.Type ?? default }, Date = Date };
    }

    public sealed class SentChat
    {
        [JsonPropertyName("id")]
        public long Id { get; init; }

        [JsonPropertyName("type")]
        public ChatType Type { get; init; }
    }

    private sealed class UnixSeconds : JsonConverter<DateTime>
    {
        public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            DateTime.UnixEpoch.AddSeconds(reader.GetInt64());

        public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) =>
            writer.WriteNumberValue((long)(value - DateTime.UnixEpoch).TotalSeconds);
    }
}
