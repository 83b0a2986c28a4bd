namespace ChatBot.Core.Alerts;

/// <summary>
/// The alert of an /editfact that did not say "Notify:", waiting for the admin's choice. Nothing is stored while it
/// waits: the fact's version and the one before it say what the alert would be.
/// </summary>
public interface IHeldAlerts
{
    /// <summary>The alert's HTML, or null when this version of the fact calls for none (or is no longer current).</summary>
    Task<string?> PreviewAsync(string factId, int version, CancellationToken cancellationToken = default);

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
