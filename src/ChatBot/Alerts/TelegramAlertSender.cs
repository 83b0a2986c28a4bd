using ChatBot.Core.Alerts;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace ChatBot.Alerts;

/// <summary>
/// Sends alerts with Telegram.Bot and classifies the failures. The client must be built with RetryThreshold 0
/// (see <see cref="CreateClient"/>): the library would otherwise sleep through a 429 inside this one send while
/// the dispatcher kept sending to other chats, which is the opposite of what Telegram asks.
/// </summary>
public sealed class TelegramAlertSender(ITelegramBotClient client) : ILocalizedAlertSender
{
    public static string ButtonText => AlertTexts.English.FullFactButton;

    public static TelegramBotClient CreateClient(string token, string? baseUrl, HttpClient httpClient) =>
        new(new TelegramBotClientOptions(token, string.IsNullOrWhiteSpace(baseUrl) ? null : baseUrl) { RetryThreshold = 0, RetryCount = 0 }, httpClient);

    public Task<SendResult> SendAsync(long chatId, string html, string? factIdForButton, CancellationToken cancellationToken) =>
        SendAsync(chatId, html, factIdForButton, null, cancellationToken);

    public async Task<SendResult> SendAsync(long chatId, string html, string? factIdForButton, string? language, CancellationToken cancellationToken)
    {
        var data = AlertText.ButtonData(factIdForButton);
        var markup = data is null ? null : new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData(AlertTexts.For(language).FullFactButton, data));
        try
        {
            var message = await client.SendMessage(
                chatId,
                html,
                ParseMode.Html,
                replyMarkup: markup,
                linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return SendResult.Sent(message.Id);
        }
        catch (ApiRequestException e)
        {
            return Classify(e.ErrorCode, e.Message, e.Parameters?.RetryAfter);
        }
        catch (RequestException e)
        {
            // Connection refused or dropped, or a body that is not Telegram's JSON (an nginx 502 page).
            return SendResult.Transient(LogSafe.Redact($"transport: {e.Message}"));
        }
        catch (HttpRequestException e)
        {
            return SendResult.Transient(LogSafe.Redact($"transport: {e.Message}"));
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            return SendResult.Transient(LogSafe.Redact($"timeout: {e.Message}"));
        }
    }

    /// <summary>The outcome of a Bot API error; the description is redacted here, before it is logged or stored as last_error.</summary>
    public static SendResult Classify(int errorCode, string description, int? retryAfterSeconds) => ClassifyRedacted(errorCode, LogSafe.Redact(description), retryAfterSeconds);

    private static SendResult ClassifyRedacted(int errorCode, string description, int? retryAfterSeconds) => errorCode switch
    {
        429 => SendResult.Wait(TimeSpan.FromSeconds(Math.Max(1, retryAfterSeconds ?? 1)), $"429 {description}"),
        403 => SendResult.Blocked($"403 {description}"),
        // The chat is gone or the user deleted their account: as final as a block.
        400 when description.Contains("chat not found", StringComparison.OrdinalIgnoreCase)
              || description.Contains("user is deactivated", StringComparison.OrdinalIgnoreCase) => SendResult.Blocked($"400 {description}"),
        >= 500 => SendResult.Transient($"{errorCode} {description}"),
        _ => SendResult.Rejected($"{errorCode} {description}"),
    };
}
