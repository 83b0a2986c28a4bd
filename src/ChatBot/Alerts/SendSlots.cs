namespace ChatBot.Alerts;

/// <summary>
/// Bounds the sends in flight and lets the dispatcher wait for all of them on shutdown: every send started here
/// holds a permit until it completes, so taking all permits back means none is left running.
/// </summary>
public sealed class SendSlots(int capacity) : IDisposable
{
    private readonly SemaphoreSlim _permits = new(capacity, capacity);

    public int InFlight => capacity - _permits.CurrentCount;

    public Task WaitAsync(CancellationToken cancellationToken) => _permits.WaitAsync(cancellationToken);

    /// <summary>Gives back a permit taken by <see cref="WaitAsync"/> that no send will use.</summary>
    public void Release() => _permits.Release();

    /// <summary>Runs <paramref name="send"/> on the permit taken by <see cref="WaitAsync"/>; it must not throw.</summary>
    public void Run(Func<Task> send)
    {
        ArgumentNullException.ThrowIfNull(send);
        _ = RunAsync(send);
    }

    public async Task DrainAsync()
    {
        for (var i = 0; i < capacity; i++)
        {
            await _permits.WaitAsync().ConfigureAwait(false);
        }
        _permits.Release(capacity);
    }

    public void Dispose() => _permits.Dispose();

    private async Task RunAsync(Func<Task> send)
    {
        try
        {
            await send().ConfigureAwait(false);
        }
        finally
        {
            _permits.Release();
        }
    }
}
