using System.Text.Json;
using ChatBot.Alerts;
using ChatBot.Core.Conversations;
using ChatBot.Hosting;
using ChatBot.Options;
using ChatBot.Telegram.Replies;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatBot.Telegram.Polling;

/// <summary>
/// Runs stored updates: in order within a chat, chats in parallel (bounded), a fresh DI scope per update. A handled
/// update is marked done in the inbox only after its replies were sent; one that fails is marked failed and logged,
/// never retried in a loop, and never stops the others.
/// </summary>
public sealed class UpdateDispatcher(
    IServiceScopeFactory scopes,
    IUpdateInbox inbox,
    IOptions<BotOptions> options,
    ILogger<UpdateDispatcher> logger,
    BotMetrics metrics,
    IHostApplicationLifetime? lifetime = null) : IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<long, Queue<WorkItem>> _lanes = [];
    private readonly HashSet<Task> _running = [];
    private readonly SemaphoreSlim _slots = new(Math.Max(1, options.Value.MaxConcurrentUpdates));
    private readonly CancellationTokenSource _abort = new();
    private volatile bool _stopping;

    public static WorkItem? ToWorkItem(InboxEntry entry, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(entry);
        try
        {
            var update = JsonSerializer.Deserialize<Update>(entry.Payload, JsonBotAPI.Options);
            return update is null ? null : new WorkItem(entry.UpdateId, update, WorkItem.LaneOf(update));
        }
        catch (JsonException ex)
        {
            logger.LogError("Stored update {UpdateId} cannot be read: {Error}", entry.UpdateId, LogSafe.Redact(ex.Message));
            return null;
        }
    }

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

    /// <summary>Lets the updates in hand finish (cut short when <paramref name="cancellationToken"/> fires); starts no new ones.</summary>
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
            var attempts = await inbox.BeginAsync(item.UpdateId, ct).ConfigureAwait(false);
            if (attempts > options.Value.MaxUpdateAttempts)
            {
                // Handling started this often and never finished: the update probably crashes the process.
                logger.LogError("Update {UpdateId} set aside after {Attempts} unfinished attempts", item.UpdateId, attempts - 1);
                await inbox.FailAsync(item.UpdateId, "too many unfinished attempts", ct).ConfigureAwait(false);
                return;
            }
            await using var scope = scopes.CreateAsyncScope();
            var router = scope.ServiceProvider.GetRequiredService<UpdateRouter>();
            await router.RouteAsync(item.Update, ct).ConfigureAwait(false);
            await inbox.CompleteAsync(item.UpdateId, CancellationToken.None).ConfigureAwait(false);
            metrics.UpdatesProcessed.Add(1, new KeyValuePair<string, object?>("outcome", "done"));
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested || _stopping || lifetime?.ApplicationStopping.IsCancellationRequested == true)
        {
            logger.LogWarning("Update {UpdateId} was cut short by shutdown; it stays pending", item.UpdateId);
        }
        catch (Exception ex)
        {
            await FailAsync(item, ex).ConfigureAwait(false);
        }
        finally
        {
            slot.Exit();
        }
    }

    private async Task FailAsync(WorkItem item, Exception error)
    {
        metrics.UpdatesProcessed.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));
        if (TelegramCallPolicy.IsChatUnavailable(error))
        {
            logger.LogWarning("Chat {ChatId} is unavailable (update {UpdateId}): {Error}", item.Lane, item.UpdateId, TelegramCallPolicy.Describe(error));
        }
        else
        {
            // The exception object itself is never logged: its message may carry the token; the redacted text does.
            logger.LogError("Update {UpdateId} in chat {ChatId} failed: {Error}", item.UpdateId, item.Lane, LogSafe.Describe(error, stackTrace: true));
        }
        try
        {
            await inbox.FailAsync(item.UpdateId, TelegramCallPolicy.Describe(error), CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            logger.LogError("Could not mark update {UpdateId} as failed: {Error}", item.UpdateId, LogSafe.Describe(ex, stackTrace: true));
        }
    }
}
