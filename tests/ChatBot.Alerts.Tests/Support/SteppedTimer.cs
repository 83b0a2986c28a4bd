namespace ChatBot.Alerts.Tests.Support;

/// <summary>A fake-clock timer that tells its <see cref="SteppedClock"/> when it is armed, re-armed or gone.</summary>
public sealed class SteppedTimer(SteppedClock clock) : ITimer
{
    internal ITimer Inner { get; set; } = null!;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        clock.Arm(this, dueTime, period);
        return Inner.Change(dueTime, period);
    }

    public void Dispose()
    {
        clock.Disarm(this);
        Inner.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }
}
