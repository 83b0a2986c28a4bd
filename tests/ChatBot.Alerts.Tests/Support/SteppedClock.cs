using Microsoft.Extensions.Time.Testing;

namespace ChatBot.Alerts.Tests.Support;

/// <summary>
/// A <see cref="FakeTimeProvider"/> that knows which of its timers are armed. The dispatcher only ever blocks on
/// one of these timers (pacing, idle poll, retry), so a timer armed since the last one fired means the code under
/// test is waiting for time to pass: the harness then moves the clock exactly to the next deadline, never while the
/// dispatcher is still working. Time therefore advances the same way however slow the machine is.
/// </summary>
public sealed class SteppedClock(DateTimeOffset start) : FakeTimeProvider(start)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<SteppedTimer, (DateTimeOffset Due, TimeSpan Period, long Generation)> _armed = [];
    private long _fired;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var timer = new SteppedTimer(this);
        timer.Inner = base.CreateTimer(s =>
        {
            Fired(timer);
            callback(s);
        }, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        timer.Change(dueTime, period);
        return timer;
    }

    /// <summary>
    /// The earliest armed deadline, and whether some timer was armed after the last one fired (the code under test
    /// has reached its next wait). False when no timer is armed.
    /// </summary>
    public bool TryGetNextDeadline(out DateTimeOffset due, out bool waiting)
    {
        lock (_lock)
        {
            due = default;
            waiting = false;
            if (_armed.Count == 0)
            {
                return false;
            }
            due = _armed.Values.Min(a => a.Due);
            var fired = _fired;
            waiting = _armed.Values.Any(a => a.Generation == fired);
            return true;
        }
    }

    internal void Arm(SteppedTimer timer, TimeSpan dueTime, TimeSpan period)
    {
        // Read outside the lock: the base class takes its own lock in GetUtcNow and around timer callbacks.
        var now = GetUtcNow();
        lock (_lock)
        {
            if (dueTime == Timeout.InfiniteTimeSpan)
            {
                _armed.Remove(timer);
            }
            else
            {
                _armed[timer] = (now + dueTime, period, _fired);
            }
        }
    }

    internal void Disarm(SteppedTimer timer)
    {
        lock (_lock)
        {
            _armed.Remove(timer);
        }
    }

    private void Fired(SteppedTimer timer)
    {
        lock (_lock)
        {
            _fired++;
            if (_armed.TryGetValue(timer, out var armed))
            {
                if (armed.Period == Timeout.InfiniteTimeSpan || armed.Period == TimeSpan.Zero)
                {
                    _armed.Remove(timer);
                }
                else
                {
                    _armed[timer] = (armed.Due + armed.Period, armed.Period, _fired);
                }
            }
        }
    }
}
