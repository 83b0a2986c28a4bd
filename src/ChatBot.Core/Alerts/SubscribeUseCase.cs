namespace ChatBot.Core.Alerts;

/// <summary>/subscribe [topics]: all updates, or only facts with the given tags. Also undoes a 403 deactivation.</summary>
public sealed class SubscribeUseCase(ISubscriptionStore store, KnownTopics topics)
{
    public async Task<string> ExecuteAsync(long chatId, string? args, CancellationToken cancellationToken = default)
    {
        var tags = Topics.Parse(args);
        if (tags.Count > 0)
        {
            var known = await topics.GetAsync(cancellationToken).ConfigureAwait(false);
            var unknown = tags.Where(t => !known.Contains(t, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0)
            {
                return $"Unknown topic{(unknown.Count == 1 ? "" : "s")}: {string.Join(", ", unknown)}. Topics: {string.Join(", ", known)}.";
            }
        }
        var change = await store.SubscribeAsync(chatId, tags, cancellationToken).ConfigureAwait(false);
        var prefix = change.Reactivated ? "Welcome back: alerts are on again. " : "";
        var now = change.Now!;
        if (tags.Count == 0)
        {
            return change.Added.Count > 0 || change.Reactivated
                ? prefix + "Subscribed to all updates: you will get an alert whenever a fact is added or corrected. /unsubscribe stops them."
                : "You are already subscribed to all updates.";
        }
        if (now.AllTopics)
        {
            return prefix + "You already get all updates, these topics included. To follow only some topics, /unsubscribe first.";
        }
        return change.Added.Count > 0
            ? $"{prefix}Subscribed to: {string.Join(", ", change.Added)}. You follow: {string.Join(", ", now.Tags)}."
            : $"{prefix}You already follow: {string.Join(", ", now.Tags)}.";
    }
}
