namespace ChatBot.Core.Coordination;

/// <summary>
/// Which process sends alerts. Telegram's limits are per bot, not per process, so with several replicas on one store
/// exactly one of them dispatches: the pacing it applies in memory is then the bot's pacing. A store used by one
/// process only always grants it; a shared store elects one holder and hands over when it dies.
/// </summary>
public interface IDispatcherLease
{
    /// <summary>
    /// Takes the lease when it is free, or confirms this process still holds it; true while this process may send.
    /// Cheap enough to ask before every send.
    /// </summary>
    Task<bool> HoldAsync(CancellationToken cancellationToken = default);

    /// <summary>Gives the lease up (an orderly stop), so another process takes over without waiting.</summary>
    Task ReleaseAsync(CancellationToken cancellationToken = default);
}
