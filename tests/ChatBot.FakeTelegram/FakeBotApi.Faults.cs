namespace ChatBot.FakeTelegram;

public sealed partial class FakeBotApi
{
    /// <summary>
    /// Queues a fault for the next <paramref name="times"/> requests to <paramref name="method"/> ("*" = any method),
    /// optionally only those whose chat_id is <paramref name="chatId"/>. Faults apply in the order they were queued.
    /// </summary>
    public ScriptedFault InjectFault(string method, Fault fault, int times = 1, long? chatId = null) =>
        _world.Faults.Add(method, chatId, fault, times);

    public IReadOnlyList<ScriptedFault> PendingFaults => _world.Faults.Pending();

    public void ClearFaults() => _world.Faults.Clear();

    /// <summary>From now on every request naming this chat gets 403 (blocked by the user, or kicked from the group).</summary>
    public void BlockChat(long chatId) => _world.Faults.Block(chatId, blocked: true);

    public void UnblockChat(long chatId) => _world.Faults.Block(chatId, blocked: false);

    public bool IsChatBlocked(long chatId) => _world.Faults.IsBlocked(chatId);

    /// <summary>Answer 429 retry_after to sends beyond <see cref="FakeBotApiOptions.RateLimits"/> (30/s overall, 1/s per chat, 20/min per group).</summary>
    public bool EnforceRateLimits
    {
        get => _world.EnforceRateLimits;
        set => _world.EnforceRateLimits = value;
    }

    /// <summary>Peak delivered sends in any sliding window (default one second), overall and for the busiest chat.</summary>
    public SendRateReport GetSendRates(TimeSpan? window = null) => _world.Rates.Report(window ?? TimeSpan.FromSeconds(1));

    public int MaxSendsInWindow(TimeSpan window, long? chatId = null) => _world.Rates.MaxInWindow(window, chatId);

    /// <summary>Delivered sends in each whole second since the fake started, overall or for one chat.</summary>
    public IReadOnlyList<int> SendsPerSecond(long? chatId = null) => _world.Rates.PerSecond(chatId);
}
