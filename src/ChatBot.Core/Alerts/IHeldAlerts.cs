namespace ChatBot.Core.Alerts;

/// <summary>
/// The alert of an /editfact that did not say "Notify:", waiting for the admin's choice. Nothing is stored while it
/// waits: the fact's versions say what the alert is. The choice is made once, whichever way: after "Don't alert" a
/// stale preview (another admin's, or the same one pressed later) cannot send it, and after "Send alert" it cannot be withheld.
/// </summary>
public interface IHeldAlerts
{
    /// <summary>
    /// Enqueues the alert for <paramref name="version"/>'s answer once, in one transaction with the checks: a second press
    /// enqueues nothing, and neither does a press after a later version changed the answer or retired the fact, so
    /// subscribers never get an older answer after a newer one. A later version that kept the answer (a question added,
    /// tags or quotes changed) does not stop it; the alert then cites the fact as it is now.
    /// </summary>
    Task<HeldAlertResult> SendAsync(string factId, int version, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records "Don't alert" for <paramref name="version"/> once, in one transaction with the checks:
    /// <see cref="HeldAlertStatus.Withheld"/> when this call decided it, <see cref="HeldAlertStatus.Declined"/> when an
    /// earlier one did, <see cref="HeldAlertStatus.AlreadySent"/> when its alert was sent.
    /// </summary>
    Task<HeldAlertResult> WithholdAsync(string factId, int version, string actor, CancellationToken cancellationToken = default);
}

public enum HeldAlertStatus
{
    Sent,
    AlreadySent,

    /// <summary>Nothing to send: the fact or the version is gone, or the fact no longer sends alerts.</summary>
    Outdated,

    /// <summary>A later version changed the answer or retired the fact: see <see cref="HeldAlertResult.Superseding"/>.</summary>
    Superseded,

    /// <summary>This call recorded "Don't alert".</summary>
    Withheld,

    /// <summary>An earlier "Don't alert" decided it: see <see cref="HeldAlertResult.Decision"/>.</summary>
    Declined,
}

/// <param name="Status">What the press did.</param>
/// <param name="Recipients">For <see cref="HeldAlertStatus.Sent"/>: how many chats the alert was queued for.</param>
public sealed record HeldAlertResult(HeldAlertStatus Status, int Recipients)
{
    /// <summary>For <see cref="HeldAlertStatus.Superseded"/>: the first later version that changed the answer or retired the fact.</summary>
    public SupersedingVersion? Superseding { get; init; }

    /// <summary>For <see cref="HeldAlertStatus.Withheld"/> and <see cref="HeldAlertStatus.Declined"/>: who chose "Don't alert", and when.</summary>
    public HeldAlertDecision? Decision { get; init; }
}

/// <param name="Actor">As the alerts record their author: "tg:&lt;user id&gt; @name".</param>
public sealed record HeldAlertDecision(string Actor, DateTimeOffset At);

/// <param name="Version">The version that superseded the held one.</param>
/// <param name="Retired">Whether it retired the fact (else it changed the answer).</param>
/// <param name="Alerted">Whether subscribers were alerted to it or to a version after it.</param>
public sealed record SupersedingVersion(int Version, bool Retired, bool Alerted);
