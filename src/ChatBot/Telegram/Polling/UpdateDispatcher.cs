using ChatBot.Core.Conversations;
using ChatBot.Options;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatBot.Telegram.Polling;

/// <summary>
/// The scheduler of one process on its own store: in order within a chat, chats in parallel (bounded), all in memory.
/// A handled update is marked done in the inbox only after its replies were sent; one that fails is marked failed,
/// never retried in a loop, and never stops the others.
/// </summary>
public sealed class UpdateDispatcher(
    UpdateExecutor executor,
    IUpdateInbox inbox,
    IOptions<BotOptions> options,
    ILogger<UpdateDispatcher> logger) : IUpdateScheduler, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Queue<WorkItem>> _lanes = [];
    private readonly HashSet<Task> _running = [];
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentUpdates));
    private readonly CancellationTokenSource _abort = new();
    private readonly UpdateFinish _finish = new(inbox.CompleteAsync, inbox.FailAsync);
    private volatile bool _stopping;

    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        foreach (var entry in await inbox.GetPendingAsync(int.MaxValue, cancellationToken).ConfigureAwait(false))
        {
            if (UpdateExecutor.ToWorkItem(entry, logger) is { } item)
            {
                Enqueue(item);
            }
        }
    }

    public void Notify(WorkItem item) => Enqueue(item);

    public void Enqueue(WorkItem item)
    {
        ArgumentNullException.ThrowIfNull(item);
        lock (_gate)
        {
            if (_stopping)
            {
                return; // still pending in the inbox; the next start handles it
            }
            _running.RemoveWhere(t => t.IsCompleted);
            if (_lanes.TryGetValue(item.Lane, out var queue))
            {
                queue.Enqueue(item);
                return;
            }
            _lanes[item.Lane] = new Queue<WorkItem>();
            _running.Add(Task.Run(() => RunLaneAsync(item)));
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        Task[] running;
        lock (_gate)
        {
            _stopping = true;
            running = [.. _running];
        }
        using var registration = cancellationToken.Register(() => _abort.Cancel());
        await Task.WhenAll(running).ConfigureAwait(false);
    }

    public void Dispose()
    {
        _slots.Dispose();
        _abort.Dispose();
    }

    private async Task RunLaneAsync(WorkItem first)
    {
        var item = first;
        while (item is not null)
        {
            await ProcessAsync(item).ConfigureAwait(false);
            lock (_gate)
            {
                var queue = _lanes[item.Lane];
                if (_stopping || !queue.TryDequeue(out item))
                {
                    _lanes.Remove(first.Lane);
                    item = null;
                }
            }
        }
    }

    private async Task ProcessAsync(WorkItem item)
    {
        var ct = _abort.Token;
        try
        {
            await _slots.WaitAsync(ct).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            return;
        }
        var slot = UpdateSlot.Enter(_slots);
        try
        {
            if (_stopping)
            {
                return; // waited for a slot while shutdown began: leave it pending rather than start it now
            }
            await executor.RunAsync(item, _finish, () => _stopping, ct).ConfigureAwait(false);
        }
        finally
        {
            slot.Exit();
        }
    }
}
