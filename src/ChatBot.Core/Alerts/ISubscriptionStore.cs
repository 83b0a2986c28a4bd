namespace ChatBot.Core.Alerts;

/// <summary>Who wants which alerts. Tags are lower-case fact tags or <see cref="Subscription.All"/>.</summary>
public interface ISubscriptionStore
{
    Task<Subscriber?> GetAsync(long chatId, CancellationToken cancellationToken = default);

    /// <summary>Adds the topics and reactivates a subscriber that had blocked the bot.</summary>
    Task<SubscriptionChange> SubscribeAsync(long chatId, IReadOnlyList<string> tags, CancellationToken cancellationToken = default);

    /// <summary>As above, and in the same transaction stores the language the chat's alerts are written in (null: kept).</summary>
    Task<SubscriptionChange> SubscribeAsync(long chatId, IReadOnlyList<string> tags, string? language, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes the topics (an empty list removes them all) and, in the same transaction, cancels the chat's queued
    /// deliveries that no remaining subscription covers.
    /// </summary>
    Task<SubscriptionChange> UnsubscribeAsync(long chatId, IReadOnlyList<string> tags, CancellationToken cancellationToken = default);

    /// <summary>The language the chat's alerts are written in ("en", "uk", "ru", "de", "fr"), as its subscriber last spoke it.</summary>
    Task SetLanguageAsync(long chatId, string language, CancellationToken cancellationToken = default);

    /// <summary>Stops all alerts to the chat (it blocked the bot) without forgetting its topics.</summary>
    Task DeactivateAsync(long chatId, string reason, CancellationToken cancellationToken = default);

    Task<int> CountActiveAsync(CancellationToken cancellationToken = default);
}
