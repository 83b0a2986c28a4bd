using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Telegram.Replies;

/// <summary>Replaces the text (and keyboard) of one of the bot's messages, through the retry policy.</summary>
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
}
