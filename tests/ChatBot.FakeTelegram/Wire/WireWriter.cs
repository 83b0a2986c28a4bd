using System.Text.Json;

namespace ChatBot.FakeTelegram;

/// <summary>Writes Bot API objects in Telegram's shape: snake_case, dates in Unix seconds, absent rather than null.</summary>
internal static class WireWriter
{
    public static void User(Utf8JsonWriter w, FakeUser user)
    {
        w.WriteStartObject();
        w.WriteNumber("id", user.Id);
        w.WriteBoolean("is_bot", user.IsBot);
        w.WriteString("first_name", user.FirstName);
        Optional(w, "last_name", user.LastName);
        Optional(w, "username", user.Username);
        if (!user.IsBot)
        {
            Optional(w, "language_code", user.LanguageCode);
        }

        w.WriteEndObject();
    }

    public static void Chat(Utf8JsonWriter w, FakeChat chat)
    {
        w.WriteStartObject();
        w.WriteNumber("id", chat.Id);
        Optional(w, "title", chat.Title);
        Optional(w, "username", chat.Username);
        Optional(w, "first_name", chat.FirstName);
        Optional(w, "last_name", chat.LastName);
        w.WriteString("type", chat.Type);
        w.WriteEndObject();
    }

    public static void Message(Utf8JsonWriter w, FakeMessage m, bool withReply = true)
    {
        w.WriteStartObject();
        w.WriteNumber("message_id", m.MessageId);
        w.WritePropertyName("from");
        User(w, m.From);
        w.WritePropertyName("chat");
        Chat(w, m.Chat);
        w.WriteNumber("date", m.Date.ToUnixTimeSeconds());
        if (m.EditDate is { } edited)
        {
            w.WriteNumber("edit_date", edited.ToUnixTimeSeconds());
        }

        if (withReply && m.ReplyTo is { } reply)
        {
            w.WritePropertyName("reply_to_message");
            Message(w, reply, withReply: false);
        }

        Optional(w, "text", m.Text);
        Entities(w, "entities", m.Entities);
        if (m.Media is { } media)
        {
            MediaWriter.Write(w, media);
        }

        Optional(w, "caption", m.Caption);
        Entities(w, "caption_entities", m.CaptionEntities);
        Raw(w, "link_preview_options", m.LinkPreviewOptions);
        if (m.ReplyMarkup is { } markup && markup.TryGetProperty("inline_keyboard", out _))
        {
            // Only inline keyboards are part of a Message; reply keyboards live on the client.
            Raw(w, "reply_markup", markup);
        }

        w.WriteEndObject();
    }

    public static void Entities(Utf8JsonWriter w, string name, IReadOnlyList<FakeEntity> entities)
    {
        if (entities.Count == 0)
        {
            return;
        }

        w.WriteStartArray(name);
        foreach (var e in entities)
        {
            w.WriteStartObject();
            w.WriteString("type", e.Type);
            w.WriteNumber("offset", e.Offset);
            w.WriteNumber("length", e.Length);
            Optional(w, "url", e.Url);
            if (e.User is { } user)
            {
                w.WritePropertyName("user");
                User(w, user);
            }

            Optional(w, "language", e.Language);
            Optional(w, "custom_emoji_id", e.CustomEmojiId);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    public static void File(Utf8JsonWriter w, FakeFile file)
    {
        w.WriteStartObject();
        w.WriteString("file_id", file.FileId);
        w.WriteString("file_unique_id", file.FileUniqueId);
        w.WriteNumber("file_size", file.FileSize);
        w.WriteString("file_path", file.FilePath);
        w.WriteEndObject();
    }

    public static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }

    public static void Raw(Utf8JsonWriter w, string name, JsonElement? value)
    {
        if (value is { } v)
        {
            w.WritePropertyName(name);
            v.WriteTo(w);
        }
    }
}
