using ChatBot.Telegram.Replies;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Answers;

/// <summary>Best-effort edits of the bot's own messages after a button press: the press itself is already recorded.</summary>
public sealed class MessageEditor(ITelegramBotClient bot, ILogger<MessageEditor> logger)
{
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
