namespace ChatBot.Core.Alerts;

/// <summary>
/// The wording of /subscribe, /unsubscribe and /subscriptions, plain text. The use cases decide what happened; a
/// catalogue per language says it (the host's interface catalogues implement this for Ukrainian and Russian).
/// </summary>
public interface ISubscriptionTexts
{
    /// <summary>"en", "uk" or "ru": the language these texts are in, and the one a /subscribe stores for the chat's alerts.</summary>
    string Language { get; }

    string UnknownTopics(IReadOnlyList<string> unknown, IReadOnlyList<string> known);

    /// <summary>Put before a subscribe reply when the chat had blocked the bot and is now back.</summary>
    string WelcomeBack { get; }

    string SubscribedToAll { get; }

    string AlreadySubscribedToAll { get; }

    string AllIncludesTopics { get; }

    string SubscribedTo(IReadOnlyList<string> added, IReadOnlyList<string> now);

    string AlreadyFollow(IReadOnlyList<string> now);

    string NoSubscriptions { get; }

    string UnsubscribeAllFirst { get; }

    string UnsubscribedAll { get; }

    string UnsubscribedFrom(IReadOnlyList<string> removed);

    string DidNotFollow(IReadOnlyList<string> notFollowed);

    string StillFollow(IReadOnlyList<string> now);

    string NoSubscriptionsHint(IReadOnlyList<string> known);

    string GetsAll { get; }

    string Follows(IReadOnlyList<string> tags);

    string Paused { get; }
}
