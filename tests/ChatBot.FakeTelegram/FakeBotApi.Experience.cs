using System.Text.Json;

namespace ChatBot.FakeTelegram;

/// <summary>Edits, videos, group membership, the bot's descriptions and inline results buttons.</summary>
public sealed partial class FakeBotApi
{
    /// <summary>
    /// The user edits their message <paramref name="messageId"/>: the message now says <paramref name="newText"/> and an
    /// "edited_message" update carries it (same message id, an edit_date). Returns the update id.
    /// </summary>
    public long EnqueueEditedMessage(long chatId, int messageId, string newText)
    {
        ArgumentNullException.ThrowIfNull(newText);
        var formatted = TextRules.UserText(newText, null);
        var edited = _world.Chats.Update(chatId, messageId, current => current is null || current.IsFromBot
            ? throw new ArgumentException($"No user message {messageId} in chat {chatId}.", nameof(messageId))
            : current.Text is null
                ? current with { Caption = formatted.Text, CaptionEntities = formatted.Entities, EditDate = _world.Now }
                : current with { Text = formatted.Text, Entities = formatted.Entities, EditDate = _world.Now });
        return _world.Updates.Enqueue("edited_message", id => UpdateJson.Build(id, "edited_message", w => WireWriter.Message(w, edited)));
    }

    public long EnqueueVideo(long chatId, long fromUserId, byte[] content, string? caption = null, int durationSeconds = 3)
    {
        var file = _world.Files.Add("videos", "video.mp4", "video/mp4", content);
        return EnqueueMedia(chatId, fromUserId, new MessageMedia("video", file) { DurationSeconds = durationSeconds }, caption);
    }

    /// <summary>What getChatMember answers for the user in the chat: "creator", "administrator", "member", "left", …</summary>
    public void SetChatMemberStatus(long chatId, long userId, string status)
    {
        ArgumentException.ThrowIfNullOrEmpty(status);
        _world.Users.Ensure(userId);
        _world.Profile.SetMember(chatId, userId, status);
    }

    /// <summary>A "my_chat_member" update: <paramref name="byUserId"/> added the bot to the group (left → member).</summary>
    public long EnqueueBotAddedToGroup(long chatId, long byUserId, string newStatus = "member")
    {
        var by = _world.Users.Ensure(byUserId);
        var chat = _world.Chats.EnsureChatForInjection(chatId, by);
        var bot = _world.DefaultBot;
        _world.Profile.SetMember(chatId, bot.Id, newStatus);
        var date = _world.Now.ToUnixTimeSeconds();
        return _world.Updates.Enqueue("my_chat_member", id => UpdateJson.Build(id, "my_chat_member", w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("chat");
            WireWriter.Chat(w, chat);
            w.WritePropertyName("from");
            WireWriter.User(w, by);
            w.WriteNumber("date", date);
            w.WritePropertyName("old_chat_member");
            ProfileMethods.WriteMember(w, bot, "left");
            w.WritePropertyName("new_chat_member");
            ProfileMethods.WriteMember(w, bot, newStatus);
            w.WriteEndObject();
        }));
    }

    /// <summary>The text the bot set with setMyDescription (empty when never set).</summary>
    public string BotDescription(string? languageCode = null) => _world.Profile.Description("description", languageCode);

    /// <summary>The text the bot set with setMyShortDescription (empty when never set).</summary>
    public string BotShortDescription(string? languageCode = null) => _world.Profile.Description("short_description", languageCode);

    /// <summary>The "button" the bot's answerInlineQuery carried for the query, if any.</summary>
    public JsonElement? InlineResultsButton(string queryId) => _world.Profile.InlineButton(queryId);
}
