using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json.Nodes;

namespace ChatBot.FakeTelegram;

public sealed partial class FakeBotApi
{
    private readonly ConcurrentDictionary<long, FakeMessage> _injected = new();

    /// <summary>
    /// A user's text message as an update; returns the update id. Unknown users and chats are created (a private
    /// chat's id is its user's id). Without <paramref name="entities"/>, commands, mentions, URLs and hashtags are
    /// detected as Telegram does.
    /// </summary>
    public long EnqueueMessage(long chatId, long fromUserId, string text, IReadOnlyList<FakeEntity>? entities = null, int? replyToMessageId = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var formatted = TextRules.UserText(text, entities);
        return EnqueueUserMessage(chatId, fromUserId, replyToMessageId, m => m with { Text = formatted.Text, Entities = formatted.Entities });
    }

    public long EnqueueDocument(long chatId, long fromUserId, string fileName, byte[] content, string mimeType = "application/octet-stream", string? caption = null)
    {
        var file = _world.Files.Add("documents", fileName, mimeType, content);
        return EnqueueMedia(chatId, fromUserId, new MessageMedia("document", file), caption);
    }

    public long EnqueuePhoto(long chatId, long fromUserId, byte[] content, string? caption = null, int width = 800, int height = 600)
    {
        var file = _world.Files.Add("photos", "photo.jpg", "image/jpeg", content);
        return EnqueueMedia(chatId, fromUserId, new MessageMedia("photo", file) { Width = width, Height = height }, caption);
    }

    public long EnqueueSticker(long chatId, long fromUserId, string emoji = "👍")
    {
        var file = _world.Files.Add("stickers", "sticker.webp", "image/webp", new byte[64]);
        return EnqueueMedia(chatId, fromUserId, new MessageMedia("sticker", file) { Emoji = emoji }, caption: null);
    }

    public long EnqueueVoice(long chatId, long fromUserId, byte[] content, int durationSeconds = 1)
    {
        var file = _world.Files.Add("voice", "voice.oga", "audio/ogg", content);
        return EnqueueMedia(chatId, fromUserId, new MessageMedia("voice", file) { DurationSeconds = durationSeconds }, caption: null);
    }

    /// <summary>A press on a button of a bot message; <paramref name="data"/> must be one of its buttons' callback_data.</summary>
    public EnqueuedQuery EnqueueCallbackQuery(long fromUserId, FakeMessage message, string data)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(data);
        var current = _world.Chats.Find(message.ChatId, message.MessageId);
        if (current is null || current.IsDeleted || !current.IsFromBot)
        {
            throw new ArgumentException($"Message {message.MessageId} in chat {message.ChatId} is not a live bot message.", nameof(message));
        }

        if (!current.Buttons.Any(b => b.CallbackData == data))
        {
            throw new ArgumentException(
                $"Message {current.MessageId} has no button with callback_data \"{data}\"; it has: {string.Join(", ", current.Buttons.Select(b => $"\"{b.CallbackData}\""))}.",
                nameof(data));
        }

        var from = _world.Users.Ensure(fromUserId);
        var queryId = _world.Queries.NewId();
        var chatInstance = (current.ChatId ^ 0x5DEECE66DL).ToString(CultureInfo.InvariantCulture);
        var updateId = _world.Updates.Enqueue("callback_query", id => UpdateJson.Build(id, "callback_query", w =>
        {
            w.WriteStartObject();
            w.WriteString("id", queryId);
            w.WritePropertyName("from");
            WireWriter.User(w, from);
            w.WritePropertyName("message");
            WireWriter.Message(w, current);
            w.WriteString("chat_instance", chatInstance);
            w.WriteString("data", data);
            w.WriteEndObject();
        }));
        return new EnqueuedQuery(updateId, queryId);
    }

    /// <summary>A press on the button labelled <paramref name="buttonText"/>.</summary>
    public EnqueuedQuery PressButton(long fromUserId, FakeMessage message, string buttonText)
    {
        ArgumentNullException.ThrowIfNull(message);
        var current = _world.Chats.Find(message.ChatId, message.MessageId) ?? message;
        var button = current.Buttons.FirstOrDefault(b => b.Text == buttonText && b.CallbackData is not null)
            ?? throw new ArgumentException($"No callback button \"{buttonText}\" on message {message.MessageId}.", nameof(buttonText));
        return EnqueueCallbackQuery(fromUserId, current, button.CallbackData!);
    }

    public EnqueuedQuery EnqueueInlineQuery(long fromUserId, string query, string offset = "", string chatType = "sender")
    {
        var from = _world.Users.Ensure(fromUserId);
        var queryId = _world.Queries.NewId();
        var updateId = _world.Updates.Enqueue("inline_query", id => UpdateJson.Build(id, "inline_query", w =>
        {
            w.WriteStartObject();
            w.WriteString("id", queryId);
            w.WritePropertyName("from");
            WireWriter.User(w, from);
            w.WriteString("query", query);
            w.WriteString("offset", offset);
            w.WriteString("chat_type", chatType);
            w.WriteEndObject();
        }));
        return new EnqueuedQuery(updateId, queryId);
    }

    /// <summary>Any other update: <paramref name="payload"/> goes under the key <paramref name="updateType"/> (e.g. "my_chat_member").</summary>
    public long EnqueueRawUpdate(string updateType, JsonObject payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(updateType);
        var json = payload.ToJsonString();
        return _world.Updates.Enqueue(updateType, id => UpdateJson.Build(id, updateType, w => w.WriteRawValue(json)));
    }

    /// <summary>The message an injected update carried, as injected.</summary>
    public FakeMessage? InjectedMessage(long updateId) => _injected.GetValueOrDefault(updateId);

    private long EnqueueMedia(long chatId, long fromUserId, MessageMedia media, string? caption)
    {
        var formatted = caption is null ? null : TextRules.UserText(caption, null);
        return EnqueueUserMessage(chatId, fromUserId, null, m => m with
        {
            Media = media,
            Caption = formatted?.Text,
            CaptionEntities = formatted?.Entities ?? [],
        });
    }

    private long EnqueueUserMessage(long chatId, long fromUserId, int? replyToMessageId, Func<FakeMessage, FakeMessage> content)
    {
        var from = _world.Users.Ensure(fromUserId);
        var chat = _world.Chats.EnsureChatForInjection(chatId, from);
        var replyTo = replyToMessageId is { } replyId
            ? _world.Chats.Find(chatId, replyId) ?? throw new ArgumentException($"No message {replyId} in chat {chatId}.", nameof(replyToMessageId))
            : null;
        var message = _world.Chats.Append(chatId, fromBot: false, id => content(new FakeMessage
        {
            Chat = chat,
            MessageId = id,
            From = from,
            Date = _world.Now,
            CreatedBy = "user",
            ReplyTo = replyTo,
        }));
        var updateId = _world.Updates.Enqueue("message", id => UpdateJson.Build(id, "message", w => WireWriter.Message(w, message)));
        _injected[updateId] = message;
        return updateId;
    }
}
