namespace ChatBot.Alerts;

/// <summary>
/// The per-chat rate: one interval for private chats, a longer one for groups (Telegram allows about 20 messages a
/// minute in a group; group ids are negative). Used by the dispatcher's loop only, so it needs no lock.
/// </summary>
public sealed class ChatPacer(double messagesPerSecond, double groupMessagesPerMinute = double.PositiveInfinity)
{
    private readonly TimeSpan _interval = TimeSpan.FromTicks(Math.Max(1, (long)(TimeSpan.TicksPerSecond / messagesPerSecond)));
    private readonly TimeSpan _groupInterval = TimeSpan.FromTicks(Math.Max(1, (long)(TimeSpan.TicksPerMinute / groupMessagesPerMinute)));
    private readonly Dictionary<long, DateTimeOffset> _next = [];

    // Entries mostly expire in the order they were recorded, so a queue prunes in O(1) amortised per send; a group
    // entry at the head only holds back pruning (never a send) for its longer interval.
    private readonly Queue<(long ChatId, DateTimeOffset Until)> _expiry = new();

    public int Tracked => _next.Count;

    public DateTimeOffset NextAllowed(long chatId) => _next.TryGetValue(chatId, out var t) ? t : DateTimeOffset.MinValue;

    public void Record(long chatId, DateTimeOffset sentAt)
    {
        while (_expiry.TryPeek(out var head) && head.Until <= sentAt)
        {
            _expiry.Dequeue();
            if (_next.TryGetValue(head.ChatId, out var until) && until == head.Until)
            {
                _next.Remove(head.ChatId);
            }
        }
        var next = sentAt + (chatId < 0 && _groupInterval > _interval ? _groupInterval : _interval);
        _next[chatId] = next;
        _expiry.Enqueue((chatId, next));
    }
}
