using ChatBot.Core.Alerts;

namespace ChatBot.Alerts;

/// <summary>A one-permit signal: /broadcast wakes the dispatcher at once instead of at its next poll.</summary>
public sealed class AlertWakeup : IAlertWakeup, IDisposable
{
    private readonly SemaphoreSlim _signal = new(0, 1);
    private readonly Lock _lock = new();

    public void Wake()
    {
        lock (_lock)
        {
            if (_signal.CurrentCount == 0)
            {
                _signal.Release();
            }
        }
    }

    /// <summary>Returns on a wake-up or after <paramref name="timeout"/> on <paramref name="time"/>'s clock.</summary>
    public async Task WaitAsync(TimeSpan timeout, TimeProvider time, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (_signal.Wait(0, CancellationToken.None))
        {
            // Already woken (e.g. a retry was just scheduled): no timer to start and cancel.
            return;
        }
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signal = _signal.WaitAsync(cts.Token);
        var delay = Task.Delay(timeout, time, cts.Token);
        await Task.WhenAny(signal, delay).ConfigureAwait(false);
        await cts.CancelAsync().ConfigureAwait(false);
        cancellationToken.ThrowIfCancellationRequested();
    }

    public void Dispose() => _signal.Dispose();
}
