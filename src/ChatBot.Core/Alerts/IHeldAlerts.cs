namespace ChatBot.Core.Alerts;

/// <summary>
/// The alert of an /editfact that did not say "Notify:", waiting for the admin's choice. Nothing is stored while it
/// waits: the fact's version and the one before it say what the alert is.
/// </summary>
public interface IHeldAlerts
{
    /// <summary>Enqueues the alert once; a second press, or a fact changed since, enqueues nothing.</summary>
    Task<HeldAlertResult> SendAsync(string factId, int version, string actor, CancellationToken cancellationToken = default);
}

public enum HeldAlertStatus
{
    Sent,
    AlreadySent,
    Outdated,
}

public sealed record HeldAlertResult(HeldAlertStatus Status, int Recipients);
