using ChatBot.Telegram.Replies;
using ChatBot.Telegram.Texts;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace ChatBot.Telegram.Conversation;

/// <summary>When someone adds the bot to a group, two lines on how to ask there: in a group it hears only what is addressed to it.</summary>
public sealed class GroupIntro(BotIdentity identity, ReplySender reply, ILogger<GroupIntro> logger)
{
    public async Task HandleAsync(ChatMemberUpdated update, IUiTexts texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(update);
        ArgumentNullException.ThrowIfNull(texts);
        var joined = update.OldChatMember.Status is ChatMemberStatus.Left or ChatMemberStatus.Kicked
            && update.NewChatMember.Status is ChatMemberStatus.Member or ChatMemberStatus.Administrator;
        if (!joined || update.Chat.Type is not (ChatType.Group or ChatType.Supergroup))
        {
            return;
        }
        logger.LogInformation("Added to group {ChatId} by user {UserId}", update.Chat.Id, update.From.Id);
        await reply.SendHtmlAsync(update.Chat.Id, texts.GroupIntro(identity.Profile.Username), null, null, cancellationToken).ConfigureAwait(false);
    }
}
