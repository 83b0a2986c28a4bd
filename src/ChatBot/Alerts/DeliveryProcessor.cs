using ChatBot.Core.Alerts;
using ChatBot.Hosting;
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
    ILogger logger,
    BotMetrics? metrics = null)
{
    /// <summary>
    /// Sends one claimed delivery and records the outcome. A failure to send is an outcome (transient); a failure to
    /// record one is thrown, for the supervisor (<see cref="SendSlots"/>) to log and pass to <see cref="FailAsync"/> —
    /// except after Telegram accepted the message: that row is left 'sending' rather than requeued at once, and is
    /// resent only if its lease expires (the documented at-least-once window).
    /// </summary>
    public async Task ProcessAsync(OutboxItem claimed, CancellationToken sendToken)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        var result = await SendAsync(claimed, sendToken).ConfigureAwait(false);
        metrics?.AlertSends.Add(1, new KeyValuePair<string, object?>("outcome", OutcomeLabel(result.Outcome)));
        if (result is { Outcome: SendOutcome.Sent })
        {
            try
            {
                await outbox.MarkSentAsync(claimed.DeliveryId, claimed.ClaimedUntil, result.MessageId ?? 0, time.GetUtcNow(), CancellationToken.None).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                logger.LogError("Alert {Alert} reached chat {Chat} but delivery {Delivery} could not be marked sent; it stays 'sending' and is sent again when its lease expires ({Lease:O}): {Error}",
                    claimed.AlertId, claimed.ChatId, claimed.DeliveryId, claimed.ClaimedUntil, LogSafe.Describe(e));
            }
            return;
        }
        await RecordAsync(claimed, result).ConfigureAwait(false);
    }

    /// <summary>
    /// The failure policy for a send that threw instead of producing an outcome: a transient failure, so the attempt
    /// (counted at the claim) stands, and the delivery is retried with backoff or fails after MaxAttempts.
    /// </summary>
    public Task FailAsync(OutboxItem claimed, Exception exception)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        ArgumentNullException.ThrowIfNull(exception);
        return RetryOrGiveUpAsync(claimed, $"unexpected failure: {LogSafe.Describe(exception)}", time.GetUtcNow());
    }

    /// <summary>Delay before attempt number <paramref name="attempt"/> + 1: base, 2×base, 4×base … capped.</summary>
    public static TimeSpan Backoff(int attempt, AlertsOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var factor = Math.Pow(2, Math.Clamp(attempt - 1, 0, 30));
        var delay = TimeSpan.FromTicks((long)Math.Min(options.RetryBaseDelay.Ticks * factor, options.RetryMaxDelay.Ticks));
        return delay;
    }

    private static string OutcomeLabel(SendOutcome outcome) => outcome switch
    {
        SendOutcome.Sent => "sent",
        SendOutcome.RetryAfter => "retry_after",
        SendOutcome.Blocked => "blocked",
        SendOutcome.Rejected => "rejected",
        _ => "transient",
    };

    private async Task<SendResult> SendAsync(OutboxItem item, CancellationToken sendToken)
    {
        try
        {
            return await (sender is ILocalizedAlertSender localized
                ? localized.SendAsync(item.ChatId, item.Html, item.FactId, item.Language, sendToken)
                : sender.SendAsync(item.ChatId, item.Html, item.FactId, sendToken)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (sendToken.IsCancellationRequested)
        {
            // Shutdown cut the send short: as ambiguous as a crash, and resolved the same way (sent again).
            return SendResult.Transient("cancelled by shutdown mid-send; resent (may duplicate)");
        }
        catch (Exception e)
        {
            // An adapter that throws instead of classifying is treated as a transient fault, never as success.
            return SendResult.Transient(LogSafe.Describe(e));
        }
    }

    private async Task RecordAsync(OutboxItem item, SendResult result)
    {
        var now = time.GetUtcNow();
        switch (result.Outcome)
        {
            case SendOutcome.RetryAfter:
                var until = now + (result.RetryAfter > TimeSpan.Zero ? result.RetryAfter : TimeSpan.FromSeconds(1));
                pacer.PauseUntil(until);
                logger.LogWarning("Telegram asked to wait {Seconds} s (chat {Chat}); all alert sends paused", (until - now).TotalSeconds, item.ChatId);
                await outbox.ReleaseAsync(item.DeliveryId, item.ClaimedUntil, until, result.Error ?? "429", countAttempt: false).ConfigureAwait(false);
                wakeup.Wake();
                break;
            case SendOutcome.Blocked:
                logger.LogInformation("Chat {Chat} blocked the bot; subscriber deactivated", item.ChatId);
                await outbox.MarkBlockedAsync(item.DeliveryId, item.ClaimedUntil, item.ChatId, result.Error ?? "blocked", CancellationToken.None).ConfigureAwait(false);
                break;
            case SendOutcome.Rejected:
                logger.LogWarning("Telegram rejected alert {Alert} for chat {Chat}: {Error}", item.AlertId, item.ChatId, result.Error);
                await outbox.MarkFailedAsync(item.DeliveryId, item.ClaimedUntil, result.Error ?? "rejected").ConfigureAwait(false);
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
            await outbox.MarkFailedAsync(item.DeliveryId, item.ClaimedUntil, $"gave up after {item.Attempts} attempts: {error}").ConfigureAwait(false);
            return;
        }
        await outbox.ReleaseAsync(item.DeliveryId, item.ClaimedUntil, now + Backoff(item.Attempts, options), error, countAttempt: true).ConfigureAwait(false);
        // The loop may be idling until its next poll; the retry time is earlier news.
        wakeup.Wake();
    }
}
