namespace ChatBot.FakeTelegram;

/// <summary>The queue of scripted faults and the set of chats that blocked the bot.</summary>
internal sealed class FaultBook
{
    private readonly Lock _gate = new();
    private readonly List<ScriptedFault> _faults = [];
    private readonly HashSet<long> _blocked = [];

    public ScriptedFault Add(string method, long? chatId, Fault fault, int times)
    {
        ArgumentException.ThrowIfNullOrEmpty(method);
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        var scripted = new ScriptedFault(method, chatId, fault, times);
        lock (_gate)
        {
            _faults.Add(scripted);
        }

        return scripted;
    }

    /// <summary>The first queued fault matching the request, consumed once; null when none applies.</summary>
    public Fault? Take(string method, long? chatId)
    {
        lock (_gate)
        {
            for (var i = 0; i < _faults.Count; i++)
            {
                var f = _faults[i];
                if (f.IsExhausted)
                {
                    _faults.RemoveAt(i--);
                    continue;
                }

                if (f.Matches(method, chatId) && f.TryConsume())
                {
                    if (f.IsExhausted)
                    {
                        _faults.RemoveAt(i);
                    }

                    return f.Fault;
                }
            }
        }

        return null;
    }

    public IReadOnlyList<ScriptedFault> Pending()
    {
        lock (_gate)
        {
            return _faults.Where(f => !f.IsExhausted).ToArray();
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _faults.Clear();
        }
    }

    public void Block(long chatId, bool blocked)
    {
        lock (_gate)
        {
            if (blocked)
            {
                _blocked.Add(chatId);
            }
            else
            {
                _blocked.Remove(chatId);
            }
        }
    }

    public bool IsBlocked(long chatId)
    {
        lock (_gate)
        {
            return _blocked.Contains(chatId);
        }
    }
}
