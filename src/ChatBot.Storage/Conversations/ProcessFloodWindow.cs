using ChatBot.Core.Conversations;

namespace ChatBot.Storage.Conversations;

/// <summary>
/// The flood window in memory, for the one process a SQLite file serves: a restart forgets it, which only ever errs
/// on the side of answering.
/// </summary>
public sealed class ProcessFloodWindow : IFloodWindow
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Lock _gate = new();
    private readonly Dictionary<long, UserWindow> _users = [];
    private DateTimeOffset _lastSweep = DateTimeOffset.MinValue;

    public Task<FloodDecision> CheckAsync(long userId, int perMinute, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        Task.FromResult(Check(userId, Math.Max(1, perMinute), now));

    private FloodDecision Check(long userId, int limit, DateTimeOffset now)
    {
        lock (_gate)
        {
            Sweep(now);
            if (!_users.TryGetValue(userId, out var user))
            {
                _users[userId] = user = new UserWindow();
            }
            while (user.Times.Count > 0 && now - user.Times.Peek() >= Window)
            {
                user.Times.Dequeue();
            }
            if (user.Times.Count < limit)
            {
                user.Times.Enqueue(now);
                return FloodDecision.Allow;
            }
            // One notice per window: a user still over the limit a minute after being told is told again, never left in silence.
            if (user.NotifiedAt is { } told && now - told < Window)
            {
                return FloodDecision.Drop;
            }
            user.NotifiedAt = now;
            return FloodDecision.Notify;
        }
    }

    // Forget users idle for a whole window so the map does not grow with every user ever seen.
    private void Sweep(DateTimeOffset now)
    {
        if (now - _lastSweep < Window)
        {
            return;
        }
        _lastSweep = now;
        foreach (var (id, user) in _users.Where(kv => kv.Value.Times.Count == 0 || now - kv.Value.Times.Last() >= Window).ToList())
        {
            _users.Remove(id);
        }
    }

    private sealed class UserWindow
    {
        public Queue<DateTimeOffset> Times { get; } = new();

        public DateTimeOffset? NotifiedAt { get; set; }
    }
}
