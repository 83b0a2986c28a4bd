using ChatBot.Core.Alerts;
using Microsoft.Extensions.Logging;

namespace ChatBot.Alerts;

/// <summary>Sends one claimed delivery and records what happened; the policy for 429, 403, 4xx and 5xx lives here.</summary>
public sealed class DeliveryProcessor(
    IAlertOutbox outbox,
    IAlertSender sender,
    SendPacer pacer,
    IAlertWakeup wakeup,
    TimeProvider time,
    AlertsOptions options,
    ILogger logger)
{
    /// <summary>Never throws: a failure to record an outcome leaves the row in Sending, which a restart resolves.</summary>
    public async Task ProcessAsync(OutboxItem claimed, CancellationToken sendToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        try
        {
            var result = await SendAsync(claimed, sendToken).ConfigureAwait(false);
            await RecordAsync(claimed, result).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not record the outcome of delivery {Delivery} to chat {Chat}", claimed.DeliveryId, claimed.ChatId);
        }
    }

    /// <summary>Delay before attempt number <paramref name="attempt"/> + 1: base, 2×base, 4×base … capped.</summary>
    public static TimeSpan Backoff(int attempt, AlertsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.RetryBaseDelay.Ticks * factor, options.RetryMaxDelay.Ticks));
        return delay;
    }

    private async Task<SendResult> SendAsync(OutboxItem item, CancellationToken sendToken)
    {
        try
        {
            return await sender.SendAsync(item.ChatId, item.Html, item.FactId, sendToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (sendToken.IsCancellationRequested)
        {
            // Shutdown cut the send short: as ambiguous as a crash, and resolved the same way (sent again).
            return SendResult.Transient("cancelled by shutdown mid-send; resent (may duplicate)");
        }
        catch (Exception e)
        {
            // An adapter that throws instead of classifying is treated as a transient fault, never as success.
            return SendResult.Transient($"{e.GetType().Name}: {e.Message}");
        }
    }

    private async Task RecordAsync(OutboxItem item, SendResult result)
    {
        var now = time.GetUtcNow();
        switch (result.Outcome)
        {
            case SendOutcome.Sent:
                await outbox.MarkSentAsync(item.DeliveryId, result.MessageId ?? 0, now).ConfigureAwait(false);
                break;
            case SendOutcome.RetryAfter:
                var until = now + (result.RetryAfter > TimeSpan.Zero ? result.RetryAfter : TimeSpan.FromSeconds(1));
                pacer.PauseUntil(until);
                logger.LogWarning("Telegram asked to wait {Seconds} s (chat {Chat}); all alert sends paused", (until - now).TotalSeconds, item.ChatId);
                await outbox.ReleaseAsync(item.DeliveryId, until, result.Error ?? "429", countAttempt: false).ConfigureAwait(false);
                wakeup.Wake();
                break;
            case SendOutcome.Blocked:
                logger.LogInformation("Chat {Chat} blocked the bot; subscriber deactivated", item.ChatId);
                await outbox.MarkBlockedAsync(item.DeliveryId, item.ChatId, result.Error ?? "blocked", CancellationToken.None).ConfigureAwait(false);
                break;
            case SendOutcome.Rejected:
                logger.LogWarning("Telegram rejected alert {Alert} for chat {Chat}: {Error}", item.AlertId, item.ChatId, result.Error);
                await outbox.MarkFailedAsync(item.DeliveryId, result.Error ?? "rejected").ConfigureAwait(false);
                break;
            default:
                await RetryOrGiveUpAsync(item, result.Error ?? "transient failure", now).ConfigureAwait(false);
                break;
        }
    }

    private async Task RetryOrGiveUpAsync(OutboxItem item, string error, DateTimeOffset now)
    {
        if (item.Attempts >= options.MaxAttempts)
        {
            logger.LogWarning("Gave up on alert {Alert} for chat {Chat} after {Attempts} attempts: {Error}", item.AlertId, item.ChatId, item.Attempts, error);
            await outbox.MarkFailedAsync(item.DeliveryId, $"gave up after {item.Attempts} attempts: {error}").ConfigureAwait(false);
            return;
        }
        await outbox.ReleaseAsync(item.DeliveryId, now + Backoff(item.Attempts, options), error, countAttempt: true).ConfigureAwait(false);
        // The loop may be idling until its next poll; the retry time is earlier news.
        wakeup.Wake();
    }
}
