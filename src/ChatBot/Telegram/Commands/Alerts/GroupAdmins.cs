using ChatBot.Telegram.Replies;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Commands.Alerts;

/// <summary>
/// A group's alerts reach every member, so only its administrators (as Telegram says now, per getChatMember) may
/// subscribe or unsubscribe it. Private chats are their user's own.
/// </summary>
public sealed class GroupAdmins(ITelegramBotClient bot, TelegramCallPolicy policy, ILogger<GroupAdmins> logger)
{
    /// <summary>Null when the command may go ahead; otherwise the reply that refuses it.</summary>
    public async Task<string?> RefusalAsync(CommandContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var chat = context.Message.Chat;
        if (chat.Type is not (ChatType.Group or ChatType.Supergroup))
        {
            return null;
        }
        // An anonymous administrator posts as the group itself.
        if (context.Message.SenderChat?.Id == chat.Id)
        {
            return null;
        }
        if (context.UserId is not { } userId)
        {
            return context.Texts.GroupAdminsOnly;
        }
        try
        {
            var member = await policy.RunAsync("getChatMember", chat.Id, ct => bot.GetChatMember(chat.Id, userId, ct), cancellationToken).ConfigureAwait(false);
            return member is ChatMemberOwner or ChatMemberAdministrator ? null : context.Texts.GroupAdminsOnly;
        }
        catch (Exception ex) when (ex is ApiRequestException or RequestException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("getChatMember for user {UserId} in chat {ChatId} failed: {Error}", userId, chat.Id, TelegramCallPolicy.Describe(ex));
            return context.Texts.GroupAdminUnknown;
        }
    }
}
