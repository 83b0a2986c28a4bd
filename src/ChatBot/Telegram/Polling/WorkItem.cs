using Telegram.Bot.Types;

namespace ChatBot.Telegram.Polling;

/// <summary>A stored update ready to handle; <see cref="Lane"/> is the chat (or user) whose updates run in order.</summary>
public sealed record WorkItem(long UpdateId, Update Update, long Lane)
{
    public static long LaneOf(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update switch
        {
            { Message: { } m } => m.Chat.Id,
            { CallbackQuery: { } q } => q.Message?.Chat.Id ?? q.From.Id,
            { InlineQuery: { } q } => q.From.Id,
            _ => 0,
        };
    }
}
