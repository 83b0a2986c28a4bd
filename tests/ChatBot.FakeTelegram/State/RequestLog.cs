namespace ChatBot.FakeTelegram;

internal sealed class RequestLog(ChangeSignal signal)
{
    private readonly Lock _gate = new();
    private readonly List<RecordedRequest> _items = [];

    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _items.Count;
            }
        }
    }

    public void Add(Func<long, RecordedRequest> create)
    {
        lock (_gate)
        {
            _items.Add(create(_items.Count + 1));
        }

        signal.Notify();
    }

    public RecordedRequest[] Snapshot()
    {
        lock (_gate)
        {
            return [.. _items];
        }
    }

    /// <summary>Requests from position <paramref name="start"/> on, so waiters scan only what is new.</summary>
    public RecordedRequest[] From(int start)
    {
        lock (_gate)
        {
            return start >= _items.Count ? [] : _items.GetRange(start, _items.Count - start).ToArray();
        }
    }
}
