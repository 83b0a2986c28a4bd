using Telegram.Bot.Types;

namespace ChatBot.Telegram.Polling;

/// <summary>A stored update ready to handle; <see cref="Lane"/> is the chat (or user) whose updates run in order.</summary>
public sealed record WorkItem(long UpdateId, Update Update, long Lane)
{
    /// <summary>
    /// The chat an update belongs to, else the user who sent it, else 0: the same rule the stores' per-chat claims
    /// read from the stored JSON (Core's ChatKey), so one process and several replicas order a chat's updates alike.
    /// An edited question waits for the chat's earlier updates like a new one.
    /// </summary>
    public static long LaneOf(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update switch
        {
            { Message: { } m } => m.Chat.Id,
            { EditedMessage: { } m } => m.Chat.Id,
            { ChannelPost: { } m } => m.Chat.Id,
            { EditedChannelPost: { } m } => m.Chat.Id,
            { BusinessMessage: { } m } => m.Chat.Id,
            { EditedBusinessMessage: { } m } => m.Chat.Id,
            { MyChatMember: { } c } => c.Chat.Id,
            { ChatMember: { } c } => c.Chat.Id,
            { ChatJoinRequest: { } r } => r.Chat.Id,
            { MessageReaction: { } r } => r.Chat.Id,
            { MessageReactionCount: { } r } => r.Chat.Id,
            { CallbackQuery: { } q } => q.Message?.Chat.Id ?? q.From.Id,
            { InlineQuery: { } q } => q.From.Id,
            { ChosenInlineResult: { } r } => r.From.Id,
            { ShippingQuery: { } q } => q.From.Id,
            { PreCheckoutQuery: { } q } => q.From.Id,
            { PollAnswer: { User: { } u } } => u.Id,
            _ => 0,
        };
    }
}
