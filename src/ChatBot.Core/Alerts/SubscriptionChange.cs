namespace ChatBot.Core.Alerts;

/// <summary>
/// What a subscribe or unsubscribe actually changed, so the reply can say so. <see cref="Cancelled"/> counts the
/// queued alerts an unsubscribe cancelled because no remaining topic covers them.
/// </summary>
public sealed record SubscriptionChange(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    bool Reactivated,
    Subscriber? Now,
    int Cancelled = 0);
