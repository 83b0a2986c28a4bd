using ChatBot.Core.Facts;

namespace ChatBot.Core.Alerts;

/// <summary>When a held /editfact alert is no longer news, the same on every store.</summary>
public static class HeldAlertRules
{
    /// <summary>
    /// Whether <paramref name="later"/> makes the alert for <paramref name="held"/> stale: it retired the fact or changed
    /// its answer (the change alerts are about). A question, a tag, a quote or a translation changed later leaves the held
    /// answer the fact's answer, and its alert still news; the alert then shows the fact as it is now.
    /// </summary>
    public static bool Supersedes(Fact held, Fact later)
    {
        ArgumentNullException.ThrowIfNull(held);
        ArgumentNullException.ThrowIfNull(later);
        return later.Status != FactStatus.Active
            || !string.Equals(held.Answer, later.Answer, StringComparison.Ordinal);
    }
}
