namespace ChatBot.FakeTelegram;

/// <summary>
/// A fault waiting in the fake's queue: hits the next <see cref="Times"/> requests to <see cref="Method"/>
/// ("*" = any) whose chat_id is <see cref="ChatId"/> (null = any chat).
/// </summary>
public sealed class ScriptedFault
{
    private int _applied;
    private volatile bool _cancelled;

    internal ScriptedFault(string method, long? chatId, Fault fault, int times)
    {
        Method = method;
        ChatId = chatId;
        Fault = fault;
        Times = times;
    }

    public string Method { get; }

    public long? ChatId { get; }

    public Fault Fault { get; }

    public int Times { get; }

    public int Applied => Volatile.Read(ref _applied);

    public int Remaining => _cancelled ? 0 : Math.Max(0, Times - Applied);

    public bool IsExhausted => Remaining == 0;

    /// <summary>Stops the fault from hitting further requests.</summary>
    public void Cancel() => _cancelled = true;

    internal bool Matches(string method, long? chatId) =>
        (Method == "*" || string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        && (ChatId is null || ChatId == chatId);

    // Called under the FaultBook lock, so check-then-increment cannot over-apply.
    internal bool TryConsume()
    {
        if (Remaining == 0)
        {
            return false;
        }

        Interlocked.Increment(ref _applied);
        return true;
    }

    public override string ToString() =>
        $"{Fault} on {Method}{(ChatId is null ? "" : $" chat {ChatId}")} ({Applied}/{Times} applied)";
}
