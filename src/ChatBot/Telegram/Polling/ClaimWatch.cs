using ChatBot.Alerts;
using ChatBot.Core.Conversations;
using ChatBot.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatBot.Telegram.Polling;

/// <summary>
/// The lease of a running update's claim: renewed while the update runs, and its lapse made visible when the finish
/// (or a failure) finds it, the one case where another replica may have answered the same update too.
/// </summary>
public sealed class ClaimWatch(IChatClaims claims, TimeSpan lease, TimeProvider time, BotMetrics metrics, ILogger logger)
{
    /// <summary>Renews until <paramref name="finished"/>; cancels <paramref name="held"/> when the claim was lost.</summary>
    public async Task RenewWhileRunningAsync(InboxEntry claimed, CancellationTokenSource held, CancellationToken finished)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        ArgumentNullException.ThrowIfNull(held);
        var updateId = claimed.UpdateId;
        var every = lease / 3;
        try
        {
            while (true)
            {
                // Every update ends this wait by finishing: checked rather than thrown (an exception per update).
                await Task.Delay(every, time, finished).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
                if (finished.IsCancellationRequested)
                {
                    return;
                }
                if (!await claims.RenewAsync(claimed, finished).ConfigureAwait(false))
                {
                    logger.LogWarning("Lost the claim on update {UpdateId} (its lease ran out); another replica may take it", updateId);
                    await held.CancelAsync().ConfigureAwait(false);
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (finished.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            // Not renewed: the lease runs out and another replica may take the chat over; the work here goes on.
            logger.LogWarning("Renewing the claim on update {UpdateId} failed: {Error}", updateId, LogSafe.Describe(ex, stackTrace: false));
        }
    }

    /// <summary>Logs and counts a finish that found the claim no longer this replica's; a held one is the normal case.</summary>
    public void Report(long updateId, ClaimFinish finish)
    {
        // A replica stalled past its lease (a long GC, a starved box) cannot stop the reply it already sent; what it
        // can do is say so, so that a repeated answer is seen by operators instead of guessed at.
        switch (finish)
        {
            case ClaimFinish.Lapsed:
                logger.LogWarning("Update {UpdateId} was finished after this replica's claim on its chat had lapsed; another replica may have answered it too", updateId);
                Count("lapsed");
                break;
            case ClaimFinish.AlreadyDone:
                logger.LogWarning("Update {UpdateId} was already finished by another replica when this one finished it (its claim had lapsed); both may have answered it", updateId);
                Count("already_done");
                break;
            default:
                break;
        }
    }

    /// <summary>
    /// Logs and counts a failure that found the claim no longer this replica's: it was not recorded, and the update is
    /// the taker's (still pending, or finished there).
    /// </summary>
    public void ReportFailure(long updateId, ClaimFinish finish)
    {
        // Otherwise silent: whatever the failing handler sent before it threw may duplicate the taker's answer, and a
        // replica that keeps failing late is a stalled one operators should see.
        switch (finish)
        {
            case ClaimFinish.Lapsed:
                logger.LogWarning("Update {UpdateId} failed after this replica's claim on its chat had lapsed; the failure was not recorded and another replica is handling it", updateId);
                Count("lapsed_failure");
                break;
            case ClaimFinish.AlreadyDone:
                logger.LogWarning("Update {UpdateId} failed here after another replica had already finished it (this replica's claim had lapsed); the failure was not recorded", updateId);
                Count("already_done_failure");
                break;
            default:
                break;
        }
    }

    // Failures get outcomes of their own rather than a second tag, so a query on outcome="lapsed" still means finishes.
    private void Count(string outcome) => metrics.ClaimsLapsed.Add(1, new KeyValuePair<string, object?>("outcome", outcome));
}
