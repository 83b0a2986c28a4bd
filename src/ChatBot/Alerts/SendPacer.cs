namespace ChatBot.Alerts;

/// <summary>
/// The global rate: hands out send slots one interval apart, and holds every slot back while Telegram's last 429
/// asks us to wait. Driven by <see cref="TimeProvider"/> so tests can run it on a fake clock.
/// </summary>
public sealed class SendPacer(TimeProvider time, double messagesPerSecond)
{
    private readonly TimeSpan _interval = TimeSpan.FromTicks(Math.Max(1, (long)Math.Ceiling(TimeSpan.TicksPerSecond / messagesPerSecond)));
    private readonly Lock _lock = new();
    private DateTimeOffset _next = DateTimeOffset.MinValue;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;

    public TimeSpan Interval => _interval;

    public DateTimeOffset PausedUntil
    {
        get
        {
            lock (_lock)
            {
                return _pausedUntil;
            }
        }
    }

    /// <summary>A 429 is about the bot as a whole, so no chat gets a message before <paramref name="until"/>.</summary>
    public void PauseUntil(DateTimeOffset until)
    {
        lock (_lock)
        {
            if (until > _pausedUntil)
            {
                _pausedUntil = until;
            }
        }
    }

    /// <summary>Completes at the caller's slot, having taken it.</summary>
    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                var earliest = _next > _pausedUntil ? _next : _pausedUntil;
                if (earliest <= now)
                {
                    // Spaced from this turn, not from a grid: a late timer then never lets the next turn come sooner, so
                    // no second ever holds more than the configured number of sends (the rate erodes a little instead).
                    _next = now + _interval;
                    return;
                }
                wait = earliest - now;
            }
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
