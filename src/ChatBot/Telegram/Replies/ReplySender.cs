using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.InlineQueryResults;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Replies;

/// <summary>Every way the bot talks back: HTML without link previews, split under the length limit, through the retry policy.</summary>
public sealed class ReplySender(ITelegramBotClient bot, TelegramCallPolicy policy, ILogger<ReplySender> logger)
{
    /// <summary>Answers a user's message; in groups the reply quotes it so the asker sees which question it answers.</summary>
    public Task<Message?> ReplyAsync(Message to, string html, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(to);
        var quote = to.Chat.Type is ChatType.Group or ChatType.Supergroup ? to.Id : (int?)null;
        return SendHtmlAsync(to.Chat.Id, html, quote, keyboard, cancellationToken);
    }

    /// <summary>Sends the parts in order; the keyboard goes on the last part. Returns the last message sent.</summary>
    public async Task<Message?> SendHtmlAsync(long chatId, string html, int? replyTo, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        var parts = HtmlSplitter.Split(html);
        Message? last = null;
        for (var i = 0; i < parts.Count; i++)
        {
            var text = parts[i];
            var request = new HtmlMessageRequest(chatId, text, i == 0 ? replyTo : null, i == parts.Count - 1 ? keyboard : null);
            var sent = await policy.RunAsync("sendMessage", chatId, ct => bot.SendRequest(request, ct), cancellationToken).ConfigureAwait(false);
            last = sent.ToMessage();
        }
        return last;
    }

    /// <summary>Best effort: a missing "typing…" is not worth a retry or a failed update.</summary>
    public async Task TypingAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            await bot.SendChatAction(chatId, ChatAction.Typing, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug("Typing action for chat {ChatId} failed: {Error}", chatId, TelegramCallPolicy.Describe(ex));
        }
    }

    public Task AnswerCallbackAsync(string queryId, string? text, CancellationToken cancellationToken) =>
        policy.RunAsync("answerCallbackQuery", null, ct => bot.AnswerCallbackQuery(queryId, text, cancellationToken: ct), cancellationToken);

    /// <summary>Best effort: the keyboard may already be gone (pressed twice, message too old).</summary>
    public async Task RemoveKeyboardAsync(long chatId, int messageId, CancellationToken cancellationToken)
    {
        try
        {
            await bot.EditMessageReplyMarkup(chatId, messageId, replyMarkup: null, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug("Removing the keyboard of message {MessageId} in chat {ChatId} failed: {Error}", messageId, chatId, TelegramCallPolicy.Describe(ex));
        }
    }

    /// <param name="button">Shown above the results, e.g. "Ask in private chat" when there are none.</param>
    public Task AnswerInlineAsync(string queryId, IReadOnlyList<InlineQueryResult> results, CancellationToken cancellationToken,
        InlineQueryResultsButton? button = null) =>
        policy.RunAsync("answerInlineQuery", null, ct => bot.AnswerInlineQuery(queryId, results, cacheTime: 60, button: button, cancellationToken: ct),
            cancellationToken);
}
