namespace ChatBot.Alerts;

/// <summary>The per-chat rate. Used by the dispatcher's loop only, so it needs no lock.</summary>
public sealed class ChatPacer(double messagesPerSecond)
{
    private readonly TimeSpan _interval = TimeSpan.FromTicks(Math.Max(1, (long)(TimeSpan.TicksPerSecond / messagesPerSecond)));
    private readonly Dictionary<long, DateTimeOffset> _next = [];

    // Entries expire in the order they were recorded (the interval is fixed), so a queue prunes in O(1) per send.
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
        var next = sentAt + _interval;
        _next[chatId] = next;
        _expiry.Enqueue((chatId, next));
    }
}
