using ChatBot.Core.Alerts;
using ChatBot.Core.Coordination;
using ChatBot.Hosting;
using ChatBot.Storage.Coordination;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Alerts;

/// <summary>
/// Drains the outbox on its own loop, apart from the update handling, so a broadcast never delays an answer.
/// <para>
/// Exactly once per (alert, chat): the unique (alert, chat) row is claimed (queued → sending, one more attempt, a
/// lease of SendingLease) in its own commit just before the request and marked sent in another right after the
/// answer. A crash between the two, or a failure to write the outcome, leaves the row in 'sending': Telegram may or
/// may not have accepted the message, and its API offers no way to ask. We chose at-least-once for that window
/// only: such rows are sent again on start, or by this loop once their lease expires (at most MaxAttempts times in
/// all). A duplicate costs a subscriber one repeated notice; a skipped row could leave them believing a figure that
/// has since been corrected. Outside that window, and for every row already marked, delivery is exactly once. A
/// dropped connection is the same ambiguity at run time and is handled the same way (retried).
/// </para>
/// <para>
/// Sends run concurrently (MaxConcurrentSends) under <see cref="SendSlots"/>, which observes every one of them:
/// an unexpected exception is logged and recorded as a failed attempt, and shutdown waits for sends in flight
/// (ShutdownGrace, then cancelled, then a bounded wait for their outcome to be written).
/// </para>
/// <para>
/// Telegram's limits are per bot, so with several replicas only the holder of <see cref="IDispatcherLease"/> sends
/// (always this process on SQLite); the others wait to take over. The lease is re-checked before every claim.
/// </para>
/// </summary>
public sealed class AlertDispatcher(
    IAlertOutbox outbox,
    IAlertSender sender,
    AlertWakeup wakeup,
    TimeProvider time,
    IOptions<AlertsOptions> options,
    ILogger<AlertDispatcher> logger,
    IDispatcherLease? dispatcherLease = null,
    BotMetrics? metrics = null) : BackgroundService
{
    private static readonly TimeSpan MinIdle = TimeSpan.FromMilliseconds(10);

    /// <summary>How often a replica that is not the dispatcher asks whether it may take over.</summary>
    private static readonly TimeSpan FollowerPoll = TimeSpan.FromMilliseconds(250);

    private readonly IDispatcherLease _lease = dispatcherLease ?? new SingleProcessLease();

    /// <summary>After ShutdownGrace has cancelled the sends in flight, how long they get to write their outcome.</summary>
    private static readonly TimeSpan RecordGrace = TimeSpan.FromSeconds(5);
    private readonly AlertsOptions _options = options.Value;

    // Deliveries due at the last look (up to a batch), read when /metrics is scraped.
    private long _due;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!_options.Enabled)
        {
            logger.LogInformation("Alert dispatcher disabled (Alerts:Enabled = false)");
            return;
        }
        // Leave StartAsync at once: the first outbox query must not hold up the host's start.
        await Task.Yield();
        var pacer = new SendPacer(time, _options.GlobalMessagesPerSecond);
        var chats = new ChatPacer(_options.PerChatMessagesPerSecond, _options.PerGroupMessagesPerMinute);
        var processor = new DeliveryProcessor(outbox, sender, pacer, wakeup, time, _options, logger, metrics);
        metrics?.ObserveAlertQueueDepth(() => Volatile.Read(ref _due));
        var slots = new SendSlots(_options.MaxConcurrentSends, logger);
        // In-flight sends get a grace period after stop so an orderly shutdown does not create ambiguous rows.
        using var sendCts = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        // The whole shutdown is bounded from the stop request: ShutdownGrace for sends to finish, then RecordGrace for
        // the cancelled ones to write their outcome. Both timers are armed once, by whichever comes first: the stop
        // callback or the loop's exit (which can run inline in an earlier callback of the same cancellation).
        using var drainCts = new CancellationTokenSource(Timeout.InfiniteTimeSpan, time);
        var armed = 0;
        void ArmShutdown()
        {
            if (Interlocked.Exchange(ref armed, 1) == 0)
            {
                sendCts.CancelAfter(_options.ShutdownGrace);
                drainCts.CancelAfter(_options.ShutdownGrace + RecordGrace);
            }
        }
        using var stopping = stoppingToken.Register(ArmShutdown);
        try
        {
            var recovered = false;
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    if (!await _lease.HoldAsync(stoppingToken).ConfigureAwait(false))
                    {
                        await wakeup.WaitAsync(_options.PollInterval < FollowerPoll ? _options.PollInterval : FollowerPoll, time, stoppingToken).ConfigureAwait(false);
                        continue;
                    }
                    if (!recovered)
                    {
                        await RecoverInterruptedAsync(stoppingToken).ConfigureAwait(false);
                        recovered = true;
                    }
                    await RequeueExpiredAsync(stoppingToken).ConfigureAwait(false);
                    var started = await DispatchDueAsync(pacer, chats, processor, slots, sendCts.Token, stoppingToken).ConfigureAwait(false);
                    if (started == 0)
                    {
                        await IdleAsync(stoppingToken).ConfigureAwait(false);
                    }
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    // A database hiccup must not stop the host (and with it question answering); the outbox keeps.
                    logger.LogError("Alert dispatch failed; retrying in {Delay}: {Error}", _options.PollInterval, LogSafe.Describe(e, stackTrace: true));
                    await Task.Delay(_options.PollInterval, time, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Normal shutdown.
        }
        finally
        {
            ArmShutdown();
            var stuck = await slots.DrainAsync(drainCts.Token).ConfigureAwait(false);
            if (stuck.Count > 0)
            {
                logger.LogWarning("{Count} alert sends did not finish within the shutdown grace; deliveries {Deliveries} stay 'sending' and are sent again at the next start",
                    stuck.Count, string.Join(", ", stuck));
            }
            await ReleaseLeaseAsync().ConfigureAwait(false);
        }
    }

    private async Task RecoverInterruptedAsync(CancellationToken stoppingToken)
    {
        var requeued = await outbox.RecoverInterruptedAsync(_options.MaxAttempts, stoppingToken).ConfigureAwait(false);
        if (requeued > 0)
        {
            logger.LogWarning("{Count} alert deliveries were interrupted mid-send by the last shutdown; sending them again", requeued);
        }
    }

    private async Task ReleaseLeaseAsync()
    {
        try
        {
            await _lease.ReleaseAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // Not fatal: the lock ends with the process's session anyway.
            logger.LogWarning("Could not give up the dispatcher lease: {Error}", LogSafe.Describe(e, stackTrace: false));
        }
    }

    private async Task RequeueExpiredAsync(CancellationToken stoppingToken)
    {
        var requeued = await outbox.RequeueExpiredAsync(time.GetUtcNow(), _options.MaxAttempts, stoppingToken).ConfigureAwait(false);
        if (requeued > 0)
        {
            logger.LogWarning("{Count} alert deliveries got no recorded outcome within their {Lease} lease; sending them again (may duplicate)",
                requeued, _options.SendingLease);
        }
    }

    private async Task<int> DispatchDueAsync(SendPacer pacer, ChatPacer chats, DeliveryProcessor processor, SendSlots slots,
        CancellationToken sendToken, CancellationToken stoppingToken)
    {
        var due = await outbox.GetDueAsync(time.GetUtcNow(), _options.BatchSize, stoppingToken).ConfigureAwait(false);
        Volatile.Write(ref _due, due.Count);
        var started = 0;
        foreach (var item in due)
        {
            var notBefore = chats.NextAllowed(item.ChatId);
            if (notBefore > time.GetUtcNow())
            {
                await outbox.DeferAsync(item.DeliveryId, notBefore, stoppingToken).ConfigureAwait(false);
                continue;
            }
            if (!await _lease.HoldAsync(stoppingToken).ConfigureAwait(false))
            {
                // Another replica took over; the rest of the batch is its to send.
                break;
            }
            await slots.WaitAsync(stoppingToken).ConfigureAwait(false);
            var lease = time.GetUtcNow() + _options.SendingLease;
            bool claimed;
            try
            {
                // Also cancels the row, instead, when its chat no longer follows the alert.
                claimed = await outbox.TryClaimAsync(item.DeliveryId, lease, stoppingToken).ConfigureAwait(false);
                if (claimed)
                {
                    // The turn is taken last, right before the send starts, so neither a full set of slots nor the
                    // claim's round trip can bunch sends closer than the global interval.
                    await pacer.WaitTurnAsync(stoppingToken).ConfigureAwait(false);
                }
            }
            catch
            {
                slots.Release();
                throw;
            }
            if (!claimed)
            {
                slots.Release();
                continue;
            }
            var claimedItem = item with { Attempts = item.Attempts + 1, ClaimedUntil = lease };
            slots.Start(claimedItem.DeliveryId, async () =>
            {
                try
                {
                    await processor.ProcessAsync(claimedItem, sendToken).ConfigureAwait(false);
                }
                finally
                {
                    pacer.Finished();
                }
            }, e => processor.FailAsync(claimedItem, e));
            // Recorded once the send has started, so the chat's next send starts at least one interval after it.
            chats.Record(item.ChatId, time.GetUtcNow());
            started++;
        }
        return started;
    }

    private async Task IdleAsync(CancellationToken stoppingToken)
    {
        var next = await outbox.GetNextDueAsync(stoppingToken).ConfigureAwait(false);
        var wait = next is { } due ? due - time.GetUtcNow() : _options.PollInterval;
        wait = wait < MinIdle ? MinIdle : wait > _options.PollInterval ? _options.PollInterval : wait;
        await wakeup.WaitAsync(wait, time, stoppingToken).ConfigureAwait(false);
    }
}
