using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Conversation;

/// <summary>Whether a message is meant for the bot, and the question in it without the @mention.</summary>
public static class GroupAddressing
{
    /// <summary>
    /// Private chats always address the bot. In groups only a command, an @mention of the bot or a reply to one of
    /// its messages does, so the bot never talks over a conversation it was not asked into.
    /// </summary>
    public static bool IsAddressed(Message message, BotProfile bot)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(bot);
        if (message.Chat.Type == ChatType.Private)
        {
            return true;
        }
        if (message.ReplyToMessage?.From?.Id == bot.Id)
        {
            return true;
        }
        var text = message.Text ?? message.Caption ?? "";
        var entities = message.Entities ?? message.CaptionEntities ?? [];
        return entities.Any(e => e.Type switch
        {
            MessageEntityType.BotCommand => e.Offset == 0,
            MessageEntityType.Mention => IsBotMention(text, e, bot),
            MessageEntityType.TextMention => e.User?.Id == bot.Id,
            _ => false,
        });
    }

    /// <summary>The text with mentions of the bot removed and whitespace tidied.</summary>
    public static string QuestionText(Message message, BotProfile bot)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(bot);
        var text = message.Text ?? message.Caption ?? "";
        foreach (var e in ((message.Text is null ? message.CaptionEntities : message.Entities) ?? []).OrderByDescending(e => e.Offset))
        {
            var inText = e.Offset >= 0 && e.Length > 0 && e.Offset < text.Length;
            if (inText && ((e.Type == MessageEntityType.Mention && IsBotMention(text, e, bot)) || (e.Type == MessageEntityType.TextMention && e.User?.Id == bot.Id)))
            {
                text = text.Remove(e.Offset, Math.Min(e.Length, text.Length - e.Offset));
            }
        }
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim(' ', ',', ':');
    }

    private static bool IsBotMention(string text, MessageEntity e, BotProfile bot) =>
        bot.Username.Length > 0 && e.Offset >= 0 && e.Length >= 0 && e.Offset + e.Length <= text.Length
        && string.Equals(text.Substring(e.Offset, e.Length), "@" + bot.Username, StringComparison.OrdinalIgnoreCase);
}
