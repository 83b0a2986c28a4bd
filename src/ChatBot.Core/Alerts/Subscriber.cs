namespace ChatBot.Core.Alerts;

/// <summary>
/// A chat that asked for alerts. <see cref="Active"/> turns false when Telegram says the chat blocked the bot;
/// a new /subscribe turns it back on.
/// </summary>
public sealed record Subscriber(
    long ChatId,
    bool Active,
    string? DeactivatedReason,
    IReadOnlyList<Subscription> Subscriptions,
    DateTimeOffset CreatedAt)
{
    public bool AllTopics => Subscriptions.Any(s => s.IsAll);

    public IReadOnlyList<string> Tags => [.. Subscriptions.Where(s => !s.IsAll).Select(s => s.Tag).Order(StringComparer.Ordinal)];

    public bool HasAny => Subscriptions.Count > 0;
}
