using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ChatBot.Alerts;

/// <summary>
/// Bounds the sends in flight and supervises each of them: every send started here is tracked until it completes,
/// a send that throws is logged and handed to its fault handler (which records it as a failed attempt), and
/// <see cref="DrainAsync"/> waits, for a bounded time, for those still running. No send task is left unobserved.
/// </summary>
/// <remarks>
/// The semaphore is deliberately not disposed: a send that outlives a timed-out drain still gives its permit back,
/// and a SemaphoreSlim whose wait handle was never asked for holds nothing that needs disposing.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "See remarks: the semaphore is deliberately never disposed.")]
public sealed class SendSlots(int capacity, ILogger logger)
{
    private readonly SemaphoreSlim _permits = new(capacity, capacity);
    private readonly ConcurrentDictionary<long, (long DeliveryId, Task Task)> _running = new();
    private long _sequence;

    public int InFlight => _running.Count;

    public Task WaitAsync(CancellationToken cancellationToken) => _permits.WaitAsync(cancellationToken);

    /// <summary>Gives back a permit taken by <see cref="WaitAsync"/> that no send will use.</summary>
    public void Release() => _permits.Release();

    /// <summary>
    /// Runs <paramref name="send"/> on the permit taken by <see cref="WaitAsync"/>; its synchronous part runs before
    /// this returns. If it throws, the exception is logged and <paramref name="onFault"/> records the failure; if
    /// that throws too, it is logged and the delivery stays 'sending' until its lease expires.
    /// </summary>
    public void Start(long deliveryId, Func<Task> send, Func<Exception, Task> onFault)
    {
        ArgumentNullException.ThrowIfNull(send);
        ArgumentNullException.ThrowIfNull(onFault);
        var key = Interlocked.Increment(ref _sequence);
        // Registered before the send starts, so its removal (in SuperviseAsync's finally) can never run first and
        // leave an entry behind; the real task replaces the placeholder unless the send has already finished.
        var placeholder = (deliveryId, Task.CompletedTask);
        _running[key] = placeholder;
        var task = SuperviseAsync(key, deliveryId, send, onFault);
        _running.TryUpdate(key, (deliveryId, task), placeholder);
    }

    /// <summary>
    /// Waits for the sends in flight until <paramref name="deadline"/> is cancelled. Returns the deliveries of sends
    /// still running then (they stay 'sending' and are resent after their lease or at the next start); they remain
    /// supervised.
    /// </summary>
    public async Task<IReadOnlyList<long>> DrainAsync(CancellationToken deadline)
    {
        var running = _running.Values.ToArray();
        if (running.Length == 0)
        {
            return [];
        }
        try
        {
            // The supervised tasks never fault, so WhenAll only ever completes or is given up on.
            await Task.WhenAll(running.Select(r => r.Task)).WaitAsync(deadline).ConfigureAwait(false);
            return [];
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested)
        {
            return [.. running.Where(r => !r.Task.IsCompleted).Select(r => r.DeliveryId).Order()];
        }
    }

    private async Task SuperviseAsync(long key, long deliveryId, Func<Task> send, Func<Exception, Task> onFault)
    {
        try
        {
            await send().ConfigureAwait(false);
        }
        catch (Exception e)
        {
            logger.LogError("Alert send of delivery {Delivery} failed unexpectedly; counting it as a failed attempt: {Error}",
                deliveryId, LogSafe.Describe(e, stackTrace: true));
            try
            {
                await onFault(e).ConfigureAwait(false);
            }
            catch (Exception again)
            {
                logger.LogError("Could not record the failed send of delivery {Delivery} either; it stays 'sending' until its lease expires: {Error}",
                    deliveryId, LogSafe.Describe(again, stackTrace: true));
            }
        }
        finally
        {
            _running.TryRemove(key, out _);
            _permits.Release();
        }
    }
}
