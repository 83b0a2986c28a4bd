using ChatBot.Core.Conversations;
using ChatBot.Telegram.Replies;
using Telegram.Bot.Types;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Conversation;

/// <summary>
/// Sends the reply to a question and remembers which message it was, so that when the asker edits the question the
/// new reply replaces the old one in place (editMessageText) instead of piling up under it.
/// </summary>
/// <remarks>An edit that Telegram refuses (the answer was deleted or is too old) falls back to a new reply.</remarks>
public sealed class AnswerDelivery(ReplySender reply, MessageEditor editor, IAnswerMessages answers, TimeProvider time)
{
    /// <returns>The new reply, or null when the earlier one was edited in place or nothing was sent.</returns>
    public async Task<Message?> DeliverAsync(Message question, string html, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.EditDate is not null && await TryEditAsync(question, html, keyboard, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }
        var sent = await reply.ReplyAsync(question, html, keyboard, cancellationToken).ConfigureAwait(false);
        if (sent is not null)
        {
            await answers.RememberAsync(question.Chat.Id, question.Id, sent.Id, question.From?.Id, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        }
        return sent;
    }

    private async Task<bool> TryEditAsync(Message question, string html, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken) =>
        await answers.FindAsync(question.Chat.Id, question.Id, cancellationToken).ConfigureAwait(false) is { } answerId
        && await editor.TryEditAsync(question.Chat.Id, answerId, html, keyboard, cancellationToken).ConfigureAwait(false);
}
