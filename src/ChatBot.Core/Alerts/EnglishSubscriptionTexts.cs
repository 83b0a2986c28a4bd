namespace ChatBot.Core.Alerts;

/// <summary>The English wording of the subscription commands.</summary>
public sealed class EnglishSubscriptionTexts : ISubscriptionTexts
{
    public static readonly EnglishSubscriptionTexts Instance = new();

    public string Language => "en";

    public string UnknownTopics(IReadOnlyList<string> unknown, IReadOnlyList<string> known)
    {
        ArgumentNullException.ThrowIfNull(unknown);
        return $"Unknown topic{(unknown.Count == 1 ? "" : "s")}: {string.Join(", ", unknown)}. Topics: {string.Join(", ", known)}.";
    }

    public string WelcomeBack => "Welcome back: alerts are on again. ";

    public string SubscribedToAll => "Subscribed to all updates: you will get an alert whenever a fact is added or corrected. /unsubscribe stops them.";

    public string AlreadySubscribedToAll => "You are already subscribed to all updates.";

    public string AllIncludesTopics => "You already get all updates, these topics included. To follow only some topics, /unsubscribe first.";

    public string SubscribedTo(IReadOnlyList<string> added, IReadOnlyList<string> now) =>
        $"Subscribed to: {string.Join(", ", added)}. You follow: {string.Join(", ", now)}.";

    public string AlreadyFollow(IReadOnlyList<string> now) => $"You already follow: {string.Join(", ", now)}.";

    public string NoSubscriptions => "You have no subscriptions.";

    public string UnsubscribeAllFirst => "You get all updates. Send /unsubscribe to stop them all, then /subscribe <topics> to follow only some.";

    public string UnsubscribedAll => "Unsubscribed: no more alerts. /subscribe starts them again.";

    public string UnsubscribedFrom(IReadOnlyList<string> removed) => $"Unsubscribed from: {string.Join(", ", removed)}.";

    public string DidNotFollow(IReadOnlyList<string> notFollowed) => $"You did not follow: {string.Join(", ", notFollowed)}.";

    public string StillFollow(IReadOnlyList<string> now) => $"You still follow: {string.Join(", ", now)}.";

    public string NoSubscriptionsHint(IReadOnlyList<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        return "You have no subscriptions. /subscribe gets all updates; /subscribe <topic> … only some."
            + (known.Count > 0 ? $" Topics: {string.Join(", ", known)}." : "");
    }

    public string GetsAll => "You get all updates.";

    public string Follows(IReadOnlyList<string> tags) => $"You follow: {string.Join(", ", tags)}.";

    public string Paused => " Alerts are paused because this chat blocked the bot; send /subscribe to resume.";
}
