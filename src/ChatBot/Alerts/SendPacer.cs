namespace ChatBot.Alerts;

/// <summary>
/// The global rate: hands out send slots one interval apart, and holds every slot back while Telegram's last 429
/// asks us to wait. Driven by <see cref="TimeProvider"/> so tests can run it on a fake clock.
/// <para>
/// Spacing the starts is not enough on a loaded machine: a request held up between its turn and the wire reaches
/// Telegram together with the next ones. So a turn is also refused while the sends in flight plus those that finished
/// within the last second already make up a second's worth. Whatever second Telegram looks at, each request it received
/// then had finished no more than a second before, or was still in flight, when the last of them started: never more
/// than the configured number.
/// </para>
/// </summary>
public sealed class SendPacer(TimeProvider time, double messagesPerSecond)
{
    private readonly TimeSpan _interval = TimeSpan.FromTicks(Math.Max(1, (long)Math.Ceiling(TimeSpan.TicksPerSecond / messagesPerSecond)));
    private readonly Lock _lock = new();
    private DateTimeOffset _next = DateTimeOffset.MinValue;
    private DateTimeOffset _pausedUntil = DateTimeOffset.MinValue;
    private readonly int _perSecond = Math.Max(1, (int)Math.Floor(messagesPerSecond));
    private readonly Queue<DateTimeOffset> _finished = new();
    private int _inFlight;

    /// <summary>How often a turn held back only by sends in flight looks again.</summary>
    private static readonly TimeSpan InFlightPoll = TimeSpan.FromMilliseconds(5);

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

    /// <summary>The send a turn was taken for has ended (sent, refused or failed).</summary>
    public void Finished()
    {
        lock (_lock)
        {
            _inFlight = Math.Max(0, _inFlight - 1);
            _finished.Enqueue(time.GetUtcNow());
        }
    }

    /// <summary>Completes at the caller's slot, having taken it; call <see cref="Finished"/> when its send ends.</summary>
    public async Task WaitTurnAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            TimeSpan wait;
            lock (_lock)
            {
                var now = time.GetUtcNow();
                while (_finished.Count > 0 && _finished.Peek() <= now - TimeSpan.FromSeconds(1))
                {
                    _finished.Dequeue();
                }
                var earliest = _next > _pausedUntil ? _next : _pausedUntil;
                var full = _inFlight + _finished.Count >= _perSecond;
                if (earliest <= now && !full)
                {
                    // Spaced from this turn, not from a grid: a late timer then never lets the next turn come sooner, so
                    // no second ever holds more than the configured number of sends (the rate erodes a little instead).
                    _next = now + _interval;
                    _inFlight++;
                    return;
                }
                wait = earliest - now;
                if (full)
                {
                    var freed = _finished.Count > 0 ? _finished.Peek() + TimeSpan.FromSeconds(1) - now : InFlightPoll;
                    wait = freed > wait ? freed : wait;
                }
            }
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
