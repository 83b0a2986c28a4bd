using ChatBot.Alerts;
using ChatBot.Core.Conversations;
using ChatBot.Hosting;
using ChatBot.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Polling;

/// <summary>
/// The scheduler of replicas sharing one database: every update, whichever replica stored it, is taken through a
/// per-chat claim (<see cref="IChatClaims"/>), so a chat's updates run in order and one at a time across all replicas,
/// and a dead replica's chat is taken over when its lease ends. The claim is renewed while the update runs; a holder
/// that lost it stops, since another replica may have the chat by then; one whose finish or failure found it lapsed says so.
/// </summary>
public sealed class ClaimedUpdateRunner(
    UpdateExecutor executor,
    IChatClaims claims,
    IOptions<BotOptions> bot,
    IOptions<StorageOptions> storage,
    TimeProvider time,
    BotMetrics metrics,
    ILogger<ClaimedUpdateRunner> logger) : IUpdateScheduler, IDisposable
{
    /// <summary>How often an idle replica looks for updates other replicas stored or a dead one left.</summary>
    public static readonly TimeSpan IdlePoll = TimeSpan.FromMilliseconds(100);

    private const int MaxClaimBatch = 16;

    /// <summary>How many updates in a row a worker may take from the chat it holds before it looks for the oldest free one.</summary>
    private const int MaxSameChatRun = 8;

    // A few seconds of a busy replica's updates: one stored here is usually claimed within milliseconds, or never.
    private readonly RecentUpdates _recent = new(2048);
    private readonly ClaimWatch _watch = new(claims, storage.Value.ClaimLease, time, metrics, logger);
    private readonly SemaphoreSlim _slots = new(Math.Max(1, bot.Value.MaxConcurrentUpdates));
    private readonly SemaphoreSlim _wake = new(0, 1);
    private readonly CancellationTokenSource _stopClaiming = new();
    private readonly CancellationTokenSource _abort = new();
    private readonly Lock _gate = new();
    private readonly HashSet<Task> _running = [];
    private Task _loop = Task.CompletedTask;
    private volatile bool _stopping;

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        var freed = await claims.ReleaseHeldAsync(cancellationToken).ConfigureAwait(false);
        if (freed > 0)
        {
            logger.LogInformation("Took back {Count} chats this replica held before it restarted", freed);
        }
        _loop = Task.Run(() => ClaimLoopAsync(_stopClaiming.Token), CancellationToken.None);
    }

    // Kept before the insert commits: under load another worker's finish may claim the update before it is notified.
    public void Storing(WorkItem item) => _recent.Add(item);

    public void Notify(WorkItem item) => Wake();

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping = true;
        await _stopClaiming.CancelAsync().ConfigureAwait(false);
        await _loop.ConfigureAwait(false);
        Task[] running;
        lock (_gate)
        {
            running = [.. _running];
        }
        using var registration = cancellationToken.Register(() => _abort.Cancel());
        await Task.WhenAll(running).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _slots.Dispose();
        _wake.Dispose();
        _stopClaiming.Dispose();
        _abort.Dispose();
    }

    private void Wake()
    {
        if (_wake.CurrentCount > 0)
        {
            // Already signalled (the usual case under load, a wake per stored update): no exception thrown to say so.
            return;
        }
        try
        {
            _wake.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up finds everything there is.
        }
        catch (ObjectDisposedException)
        {
            // Stopped.
        }
    }

    private async Task ClaimLoopAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var slots = 0;
            try
            {
                await _slots.WaitAsync(stop).ConfigureAwait(false);
                slots = 1;
                // Every free worker at once: one claim statement for all of them instead of one round trip each.
                while (slots < MaxClaimBatch && _slots.Wait(0, CancellationToken.None))
                {
                    slots++;
                }
                var entries = await claims.ClaimAndBeginAsync(slots, stop).ConfigureAwait(false);
                foreach (var entry in entries)
                {
                    slots--;
                    Start(entry);
                }
                if (entries.Count == 0)
                {
                    ReleaseSlots(ref slots);
                    await _wake.WaitAsync(IdlePoll, stop).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Given back before the pause, not after it: the workers' own updates keep running meanwhile.
                ReleaseSlots(ref slots);
                logger.LogError("Claiming the next updates failed; retrying in a second: {Error}", LogSafe.Describe(ex, stackTrace: true));
                await Task.Delay(TimeSpan.FromSeconds(1), time, CancellationToken.None).ConfigureAwait(false);
            }
            finally
            {
                ReleaseSlots(ref slots);
            }
        }
    }

    private void ReleaseSlots(ref int slots)
    {
        if (slots > 0)
        {
            _slots.Release(slots);
            slots = 0;
        }
    }

    private void Start(InboxEntry entry)
    {
        lock (_gate)
        {
            _running.RemoveWhere(t => t.IsCompleted);
            _running.Add(Task.Run(() => RunAsync(entry)));
        }
    }

    private async Task RunAsync(InboxEntry first)
    {
        // Entered on this flow: a 429 wait deep in the reply path gives the slot back through it.
        var slot = UpdateSlot.Enter(_slots);
        try
        {
            // A worker that finishes an update takes the next free one in the same round trip, on the same slot.
            var run = 0;
            for (var entry = first; entry is not null && slot.Held;)
            {
                entry = await RunOneAsync(entry, sameChatFirst: ++run % MaxSameChatRun != 0).ConfigureAwait(false);
            }
        }
        finally
        {
            slot.Exit();
            Wake(); // the chat may have its next update waiting
        }
    }

    /// <returns>The next update this worker claimed when finishing this one, else null.</returns>
    private async Task<InboxEntry?> RunOneAsync(InboxEntry entry, bool sameChatFirst)
    {
        using var held = CancellationTokenSource.CreateLinkedTokenSource(_abort.Token);
        using var finished = new CancellationTokenSource();
        await using var records = claims.HoldRecords(entry.UpdateId);
        var renewal = _watch.RenewWhileRunningAsync(entry, held, finished.Token);
        var outcome = UpdateOutcome.CutShort;
        InboxEntry? next = null;
        var finish = new UpdateFinish(
            async (_, ct) =>
            {
                if (_stopping)
                {
                    _watch.Report(entry.UpdateId, await claims.CompleteAsync(entry, ct).ConfigureAwait(false));
                    return;
                }
                var done = await claims.CompleteAndClaimNextAsync(entry, sameChatFirst, ct).ConfigureAwait(false);
                _watch.Report(entry.UpdateId, done.Finish);
                next = done.Next;
            },
            async (_, error, ct) => _watch.ReportFailure(entry.UpdateId, await claims.FailAsync(entry, error, ct).ConfigureAwait(false)));
        try
        {
            if ((_recent.Take(entry.UpdateId) ?? UpdateExecutor.ToWorkItem(entry, logger)) is { } item)
            {
                outcome = await executor.RunAsync(item, finish, () => _stopping, held.Token, entry.Attempts).ConfigureAwait(false);
            }
            else
            {
                _watch.ReportFailure(entry.UpdateId, await claims.FailAsync(entry, "the stored update cannot be read", CancellationToken.None).ConfigureAwait(false));
                outcome = UpdateOutcome.Failed;
            }
        }
        catch (Exception ex)
        {
            logger.LogError("Update {UpdateId} could not be finished: {Error}", entry.UpdateId, LogSafe.Describe(ex, stackTrace: true));
        }
        finally
        {
            await finished.CancelAsync().ConfigureAwait(false);
            await renewal.ConfigureAwait(false);
            if (outcome == UpdateOutcome.CutShort)
            {
                await ReleaseAsync(entry).ConfigureAwait(false);
            }
        }
        if (next is not null && _stopping)
        {
            // Claimed as the stop began: handed back at once for another replica.
            await ReleaseAsync(next).ConfigureAwait(false);
            return null;
        }
        return next;
    }

    private async Task ReleaseAsync(InboxEntry claimed)
    {
        try
        {
            // Handed back at once so another replica carries on with the chat without waiting out the lease. A late
            // hand-back is not reported as a late finish or failure is: it records nothing, and a claim lost while the
            // update ran was already logged by the renewal that found it.
            await claims.ReleaseAsync(claimed, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Could not hand back update {UpdateId}; it is taken over when its lease ends: {Error}", claimed.UpdateId, LogSafe.Describe(ex, stackTrace: false));
        }
    }
}
