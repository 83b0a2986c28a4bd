namespace ChatBot.Core.Alerts;

/// <summary>/subscribe [topics]: all updates, or only facts with the given tags. Also undoes a 403 deactivation.</summary>
public sealed class SubscribeUseCase(ISubscriptionStore store, KnownTopics topics)
{
    public Task<string> ExecuteAsync(long chatId, string? args, CancellationToken cancellationToken = default) =>
        ExecuteAsync(chatId, args, EnglishSubscriptionTexts.Instance, null, cancellationToken);

    /// <param name="alertLanguage">The language of the curated answers the chat's alerts carry (German and French have
    /// no interface of their own, so it can differ from <paramref name="texts"/>); null: the interface's.</param>
    public async Task<string> ExecuteAsync(long chatId, string? args, ISubscriptionTexts texts, string? alertLanguage,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var tags = Topics.Parse(args);
        if (tags.Count > 0)
        {
            var known = await topics.GetAsync(cancellationToken).ConfigureAwait(false);
            var unknown = tags.Where(t => !known.Contains(t, StringComparer.Ordinal)).ToList();
            if (unknown.Count > 0)
            {
                return texts.UnknownTopics(unknown, known);
            }
        }
        // Alerts are written in the language the chat subscribed in (a group's: its administrator's).
        var change = await store.SubscribeAsync(chatId, tags, alertLanguage ?? texts.Language, cancellationToken).ConfigureAwait(false);
        var prefix = change.Reactivated ? texts.WelcomeBack : "";
        var now = change.Now!;
        if (tags.Count == 0)
        {
            return change.Added.Count > 0 || change.Reactivated ? prefix + texts.SubscribedToAll : texts.AlreadySubscribedToAll;
        }
        if (now.AllTopics)
        {
            return prefix + texts.AllIncludesTopics;
        }
        return prefix + (change.Added.Count > 0 ? texts.SubscribedTo(change.Added, now.Tags) : texts.AlreadyFollow(now.Tags));
    }
}
