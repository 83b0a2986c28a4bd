namespace ChatBot.Core.Alerts;

/// <summary>/subscriptions: what this chat follows, and whether alerts are paused.</summary>
public sealed class ListSubscriptionsUseCase(ISubscriptionStore store, KnownTopics topics)
{
    public async Task<string> ExecuteAsync(long chatId, CancellationToken cancellationToken = default)
    {
        var subscriber = await store.GetAsync(chatId, cancellationToken).ConfigureAwait(false);
        if (subscriber is null || !subscriber.HasAny)
        {
            var known = await topics.GetAsync(cancellationToken).ConfigureAwait(false);
            return "You have no subscriptions. /subscribe gets all updates; /subscribe <topic> … only some."
                + (known.Count > 0 ? $" Topics: {string.Join(", ", known)}." : "");
        }
        var what = subscriber.AllTopics ? "You get all updates." : $"You follow: {string.Join(", ", subscriber.Tags)}.";
        return subscriber.Active
            ? what
            : what + " Alerts are paused because this chat blocked the bot; send /subscribe to resume.";
    }
}
