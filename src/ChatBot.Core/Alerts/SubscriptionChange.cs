namespace ChatBot.Core.Alerts;

/// <summary>What a subscribe or unsubscribe actually changed, so the reply can say so.</summary>
public sealed record SubscriptionChange(
    IReadOnlyList<string> Added,
    IReadOnlyList<string> Removed,
    bool Reactivated,
    Subscriber? Now);
