using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Replies;

/// <summary>
/// Edits one of the bot's own messages: a list or preview through the retry policy (<see cref="TryEditAsync"/>), or,
/// best effort, an answer's tally or text after a button press, which is already recorded whatever the edit does.
/// </summary>
public sealed class MessageEditor(ITelegramBotClient bot, TelegramCallPolicy policy, ILogger<MessageEditor> logger)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>
    /// True when the message now shows <paramref name="html"/> (also when it already did); false when Telegram refused
    /// the edit (the message is gone, too old, or the text does not fit one message).
    /// </summary>
    public async Task<bool> TryEditAsync(long chatId, int messageId, string html, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        var parts = HtmlSplitter.Split(html);
        if (parts.Count != 1)
        {
            return false;
        }
        try
        {
            await policy.RunAsync("editMessageText", chatId, ct => bot.EditMessageText(chatId, messageId, parts[0], ParseMode.Html,
                linkPreviewOptions: NoPreview, replyMarkup: keyboard, cancellationToken: ct), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400 && e.Message.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        catch (ApiRequestException e) when (e.ErrorCode == 400)
        {
            logger.LogDebug("Editing message {MessageId} in chat {ChatId} failed: {Error}", messageId, chatId, TelegramCallPolicy.Describe(e));
            return false;
        }
    }

    public async Task KeyboardAsync(long chatId, int messageId, InlineKeyboardMarkup keyboard, CancellationToken cancellationToken)
    {
        try
        {
            await bot.EditMessageReplyMarkup(chatId, messageId, keyboard, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            // "Message is not modified" when a vote did not change the tally, or the message is gone.
            logger.LogDebug("Updating the buttons of message {MessageId} in chat {ChatId} failed: {Error}", messageId, chatId, TelegramCallPolicy.Describe(ex));
        }
    }

    public async Task TextAsync(long chatId, int messageId, string html, CancellationToken cancellationToken)
    {
        try
        {
            await bot.EditMessageText(chatId, messageId, html, ParseMode.Html, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug("Editing message {MessageId} in chat {ChatId} failed: {Error}", messageId, chatId, TelegramCallPolicy.Describe(ex));
        }
    }
}
