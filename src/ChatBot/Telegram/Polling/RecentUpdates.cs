using System.Collections.Concurrent;

namespace ChatBot.Telegram.Polling;

/// <summary>
/// The updates this replica stored lately, parsed, for when it claims one of them: its stored JSON need not be parsed
/// again (an update id's JSON never changes, so the parsed copy is the stored one). Bounded: the oldest go first, and
/// those another replica claims are simply never asked for.
/// </summary>
internal sealed class RecentUpdates(int capacity)
{
    private readonly ConcurrentDictionary<long, WorkItem> _items = new();
    private readonly ConcurrentQueue<long> _order = new();

    public void Add(WorkItem item)
    {
        if (!_items.TryAdd(item.UpdateId, item))
        {
            return;
        }
        _order.Enqueue(item.UpdateId);
        while (_order.Count > capacity && _order.TryDequeue(out var oldest))
        {
            _items.TryRemove(oldest, out _);
        }
    }

    public WorkItem? Take(long updateId) => _items.TryRemove(updateId, out var item) ? item : null;
}
