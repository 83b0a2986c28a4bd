using System.Globalization;
using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Polling;

/// <summary>
/// An update as a transport brought it: parsed once, with the JSON to store (a webhook's body as received; polling's
/// updates come parsed by the client library and are written back out) and the chat key the stores order it by.
/// </summary>
public sealed record ReceivedUpdate(Update Update, string Payload)
{
    public static ReceivedUpdate Of(Update update) => new(update, JsonSerializer.Serialize(update, JsonBotAPI.Options));

    /// <summary>
    /// Core's <c>ChatKey.Of</c> read from the parsed update instead of the JSON: the chat of a message-like update, a
    /// button press's message's chat or else its presser, the sender of an inline or payment query, else null. A poll
    /// answer stays null as there: its JSON names the voter <c>user</c>, not <c>from</c>, which is what ChatKey reads.
    /// </summary>
    public static string? ChatKeyOf(Update update)
    {
        ArgumentNullException.ThrowIfNull(update);
        return update switch
        {
            { Message.Chat: { } c } => InChat(c.Id),
            { EditedMessage.Chat: { } c } => InChat(c.Id),
            { ChannelPost.Chat: { } c } => InChat(c.Id),
            { EditedChannelPost.Chat: { } c } => InChat(c.Id),
            { BusinessMessage.Chat: { } c } => InChat(c.Id),
            { EditedBusinessMessage.Chat: { } c } => InChat(c.Id),
            { MyChatMember.Chat: { } c } => InChat(c.Id),
            { ChatMember.Chat: { } c } => InChat(c.Id),
            { ChatJoinRequest.Chat: { } c } => InChat(c.Id),
            { MessageReaction.Chat: { } c } => InChat(c.Id),
            { MessageReactionCount.Chat: { } c } => InChat(c.Id),
            { CallbackQuery.Message.Chat: { } c } => InChat(c.Id),
            { CallbackQuery.From: { } u } => FromUser(u.Id),
            { InlineQuery.From: { } u } => FromUser(u.Id),
            { ChosenInlineResult.From: { } u } => FromUser(u.Id),
            { ShippingQuery.From: { } u } => FromUser(u.Id),
            { PreCheckoutQuery.From: { } u } => FromUser(u.Id),
            _ => null,
        };
    }

    private static string InChat(long id) => "c" + id.ToString(CultureInfo.InvariantCulture);

    private static string FromUser(long id) => "u" + id.ToString(CultureInfo.InvariantCulture);
}
