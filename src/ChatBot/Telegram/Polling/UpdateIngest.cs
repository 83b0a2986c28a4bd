using ChatBot.Core.Conversations;
using ChatBot.Hosting;

namespace ChatBot.Telegram.Polling;

/// <summary>
/// Where updates enter, whichever transport brought them: stored in the inbox (once per update id), then handed to the
/// scheduler. Until <see cref="OpenAsync"/> has run (the bot knows who it is and the pending rows are replayed) updates
/// are only stored; the replay picks them up.
/// </summary>
public sealed class UpdateIngest(IUpdateInbox inbox, IUpdateScheduler scheduler, BotMetrics metrics, TimeProvider time) : IDisposable
{
    // Serialises stores with the replay only until it has run: a store never falls between the replay's read and opening.
    private readonly SemaphoreSlim _opening = new(1, 1);
    private volatile bool _open;

    /// <summary>Stores the updates durably and dispatches the new ones; returns how many were new. Throws when storing failed.</summary>
    public async Task<int> StoreAsync(IReadOnlyList<ReceivedUpdate> updates, string transport, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(updates);
        if (_open)
        {
            return await StoreAndDispatchAsync(updates, transport, dispatch: true, cancellationToken).ConfigureAwait(false);
        }
        await _opening.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await StoreAndDispatchAsync(updates, transport, dispatch: _open, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _opening.Release();
        }
    }

    /// <summary>Replays every pending row (crash leftovers and updates stored before start-up finished), then dispatches as they come.</summary>
    public async Task OpenAsync(CancellationToken cancellationToken)
    {
        await _opening.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await scheduler.OpenAsync(cancellationToken).ConfigureAwait(false);
            _open = true;
        }
        finally
        {
            _opening.Release();
        }
    }

    public void Dispose() => _opening.Dispose();

    private async Task<int> StoreAndDispatchAsync(IReadOnlyList<ReceivedUpdate> updates, string transport, bool dispatch, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var stored = new List<InboxUpdate>(updates.Count);
        var received = new Dictionary<long, WorkItem>(updates.Count);
        foreach (var (u, payload) in updates)
        {
            stored.Add(new InboxUpdate(u.Id, u.Type.ToString(), payload, now) { Chat = ReceivedUpdate.ChatKeyOf(u) });
            // The update in hand is what is stored: no need to read the payload back.
            var item = new WorkItem(u.Id, u, WorkItem.LaneOf(u));
            received[u.Id] = item;
            if (dispatch)
            {
                scheduler.Storing(item);
            }
        }
        var added = await inbox.AddAsync(stored, cancellationToken).ConfigureAwait(false);
        metrics.UpdatesReceived.Add(added.Count, new KeyValuePair<string, object?>("transport", transport));
        if (dispatch)
        {
            foreach (var entry in added)
            {
                scheduler.Notify(received[entry.UpdateId]);
            }
        }
        return added.Count;
    }
}
