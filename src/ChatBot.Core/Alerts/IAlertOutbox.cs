namespace ChatBot.Core.Alerts;

/// <summary>
/// The durable outbox. Every state change of a delivery is its own committed write, so a crash leaves at most the
/// in-flight deliveries in <see cref="DeliveryState.Sending"/>. A claim holds a delivery until its lease expires;
/// outcomes carry the lease they were claimed with and are ignored once another claim holds the row.
/// </summary>
public interface IAlertOutbox
{
    /// <summary>Stores a free-text alert and fans it out to every active subscriber, in one transaction.</summary>
    Task<EnqueuedAlert> EnqueueBroadcastAsync(string text, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Startup: deliveries left in Sending by a crash go back to Queued (at-least-once for that window), unless they
    /// already used <paramref name="maxAttempts"/>, in which case they fail. Returns how many were requeued. A store
    /// shared by several processes takes only those whose lease has expired: the others may be in flight elsewhere.
    /// </summary>
    Task<int> RecoverInterruptedAsync(int maxAttempts, CancellationToken cancellationToken = default);

    /// <summary>
    /// While running: deliveries in Sending whose lease expired by <paramref name="now"/> (their outcome was never
    /// recorded) go back to Queued at once, or fail when they already used <paramref name="maxAttempts"/>.
    /// Returns how many were requeued.
    /// </summary>
    Task<int> RequeueExpiredAsync(DateTimeOffset now, int maxAttempts, CancellationToken cancellationToken = default);

    /// <summary>Queued deliveries due at <paramref name="now"/>, oldest alert first.</summary>
    Task<IReadOnlyList<OutboxItem>> GetDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default);

    /// <summary>When the next queued delivery falls due, or null when nothing is queued.</summary>
    Task<DateTimeOffset?> GetNextDueAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Queued → Sending with one more attempt, leased until <paramref name="leaseUntil"/>; false when it is no longer
    /// queued. A delivery whose chat no longer follows its alert (unsubscribed, or deactivated) is cancelled
    /// instead, in the same transaction, and false is returned.
    /// </summary>
    Task<bool> TryClaimAsync(long deliveryId, DateTimeOffset leaseUntil, CancellationToken cancellationToken = default);

    /// <summary>Moves a queued (unclaimed) delivery to a later time, e.g. because its chat is at its rate limit.</summary>
    Task DeferAsync(long deliveryId, DateTimeOffset until, CancellationToken cancellationToken = default);

    /// <summary>Sending → Sent, for the claim holding <paramref name="claimedUntil"/>.</summary>
    Task MarkSentAsync(long deliveryId, DateTimeOffset claimedUntil, int messageId, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Sending → Queued at <paramref name="nextAttemptAt"/>; <paramref name="countAttempt"/> false gives the attempt back (429).</summary>
    Task ReleaseAsync(long deliveryId, DateTimeOffset claimedUntil, DateTimeOffset nextAttemptAt, string lastError, bool countAttempt,
        CancellationToken cancellationToken = default);

    Task MarkFailedAsync(long deliveryId, DateTimeOffset claimedUntil, string lastError, CancellationToken cancellationToken = default);

    /// <summary>Marks the delivery blocked and deactivates the subscriber, together.</summary>
    Task MarkBlockedAsync(long deliveryId, DateTimeOffset claimedUntil, long chatId, string reason, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Delivery>> GetDeliveriesAsync(long alertId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AlertStatus>> GetRecentAsync(int limit, CancellationToken cancellationToken = default);
}
