using ChatBot.Core.Alerts;

namespace ChatBot.Alerts.Tests.Support;

/// <summary>The real outbox, except that the next <see cref="FailMarkSent"/> "mark sent" writes throw, as a full disk or a locked file would.</summary>
public sealed class FlakyOutbox(IAlertOutbox inner) : IAlertOutbox
{
    private int _failMarkSent;

    public int FailMarkSent { get => _failMarkSent; set => _failMarkSent = value; }

    public Task MarkSentAsync(long deliveryId, DateTimeOffset claimedUntil, int messageId, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        Interlocked.Decrement(ref _failMarkSent) >= 0
            ? throw new IOException("disk I/O error while marking the delivery sent")
            : inner.MarkSentAsync(deliveryId, claimedUntil, messageId, at, cancellationToken);

    public Task<EnqueuedAlert> EnqueueBroadcastAsync(string text, string actor, CancellationToken cancellationToken = default) =>
        inner.EnqueueBroadcastAsync(text, actor, cancellationToken);

    public Task<int> RecoverInterruptedAsync(int maxAttempts, CancellationToken cancellationToken = default) =>
        inner.RecoverInterruptedAsync(maxAttempts, cancellationToken);

    public Task<int> RequeueExpiredAsync(DateTimeOffset now, int maxAttempts, CancellationToken cancellationToken = default) =>
        inner.RequeueExpiredAsync(now, maxAttempts, cancellationToken);

    public Task<IReadOnlyList<OutboxItem>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default) =>
        inner.GetDueAsync(now, limit, cancellationToken);

    public Task<DateTimeOffset?> GetNextDueAsync(CancellationToken cancellationToken = default) => inner.GetNextDueAsync(cancellationToken);

    public Task<bool> TryClaimAsync(long deliveryId, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default) =>
        inner.TryClaimAsync(deliveryId, leaseUntil, cancellationToken);

    public Task DeferAsync(long deliveryId, DateTimeOffset until, CancellationToken cancellationToken = default) =>
        inner.DeferAsync(deliveryId, until, cancellationToken);

    public Task ReleaseAsync(long deliveryId, DateTimeOffset claimedUntil, DateTimeOffset nextAttemptAt, string lastError, bool countAttempt,
        CancellationToken cancellationToken = default) =>
        inner.ReleaseAsync(deliveryId, claimedUntil, nextAttemptAt, lastError, countAttempt, cancellationToken);

    public Task MarkFailedAsync(long deliveryId, DateTimeOffset claimedUntil, string lastError, CancellationToken cancellationToken = default) =>
        inner.MarkFailedAsync(deliveryId, claimedUntil, lastError, cancellationToken);

    public Task MarkBlockedAsync(long deliveryId, DateTimeOffset claimedUntil, long chatId, string reason, CancellationToken cancellationToken = default) =>
        inner.MarkBlockedAsync(deliveryId, claimedUntil, chatId, reason, cancellationToken);

    public Task<IReadOnlyList<Delivery>> GetDeliveriesAsync(long alertId, CancellationToken cancellationToken = default) =>
        inner.GetDeliveriesAsync(alertId, cancellationToken);

    public Task<IReadOnlyList<AlertStatus>> GetRecentAsync(int limit, CancellationToken cancellationToken = default) =>
        inner.GetRecentAsync(limit, cancellationToken);
}
