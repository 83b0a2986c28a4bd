namespace ChatBot.Core.Coordination;

/// <summary>
/// Which process calls getUpdates in polling mode. Telegram serves one poller per bot (a second one gets 409
/// Conflict), so with several replicas on one store one of them polls and stores, and every replica handles what is
/// stored. A store used by one process only always grants it; a shared store elects one holder and hands over when it
/// dies.
/// </summary>
public interface IPollerLease
{
    /// <summary>Takes the lease when it is free, or confirms this process still holds it; true while this process may poll.</summary>
    Task<bool> HoldAsync(CancellationToken cancellationToken = default);

    /// <summary>Gives the lease up (an orderly stop), so another process takes over without waiting.</summary>
    Task ReleaseAsync(CancellationToken cancellationToken = default);
}
