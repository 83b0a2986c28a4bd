using ChatBot.Core.Conversations;
using ChatBot.Telegram.Replies;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Conversation;

/// <summary>
/// Sends the reply to a question and remembers which message it was, so that when the asker edits the question the
/// new reply replaces the old one in place (editMessageText) instead of piling up under it.
/// </summary>
public sealed class AnswerDelivery(ITelegramBotClient bot, ReplySender reply, TelegramCallPolicy policy, IAnswerMessages answers, TimeProvider time,
    ILogger<AnswerDelivery> logger)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public async Task DeliverAsync(Message question, string html, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.EditDate is not null && await TryEditAsync(question, html, keyboard, cancellationToken).ConfigureAwait(false))
        {
            return;
        }
        var sent = await reply.ReplyAsync(question, html, keyboard, cancellationToken).ConfigureAwait(false);
        if (sent is not null)
        {
            await answers.RememberAsync(question.Chat.Id, question.Id, sent.Id, question.From?.Id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> TryEditAsync(Message question, string html, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        var parts = HtmlSplitter.Split(html);
        if (parts.Count != 1
            || await answers.FindAsync(question.Chat.Id, question.Id, cancellationToken).ConfigureAwait(false) is not { } answerId)
        {
            return false;
        }
        try
        {
            await policy.RunAsync("editMessageText", question.Chat.Id, ct => bot.EditMessageText(question.Chat.Id, answerId, parts[0], ParseMode.Html,
                linkPreviewOptions: NoPreview, replyMarkup: keyboard, cancellationToken: ct), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400 && e.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            // The edit changed nothing the answer depends on (a fixed typo): the answer above still stands.
            return true;
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400)
        {
            // The answer was deleted or is too old to edit: a new reply is the next best thing.
            logger.LogDebug("Editing answer {MessageId} in chat {ChatId} failed, replying instead: {Error}", answerId, question.Chat.Id, TelegramCallPolicy.Describe(e));
            return false;
        }
    }
}
