using ChatBot.Core.Answering;
using ChatBot.Core.Facts;

namespace ChatBot.Core.Changes;

/// <summary>"What's new": the newest changes to what the store says, newest first.</summary>
public sealed class LatestChanges(IFactVersionFeed feed, IFactStore store)
{
    // Versions that only add a phrasing or a tag are not news; this many are read to find enough that are.
    private const int Scan = 100;

    // The action FactLifecycle records for a revert, as the alert writers read it too.
    private const string RevertAction = "revert to ";

    public async Task<IReadOnlyList<StoreChange>> GetAsync(int limit, CancellationToken cancellationToken = default)
    {
        var versions = await feed.GetNewestAsync(Scan, cancellationToken).ConfigureAwait(false);
        var changes = new List<StoreChange>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var v in versions)
        {
            // Only the newest news about each fact: an edit followed by a retraction is one retraction.
            if (changes.Count >= limit || !seen.Add(v.Current.Id))
            {
                continue;
            }
            if (Classify(v) is not { } kind)
            {
                seen.Remove(v.Current.Id);
                continue;
            }
            var citation = await CitationAsync(v.Current, cancellationToken).ConfigureAwait(false);
            var reverted = RevertedTo(v);
            var old = kind is ChangeKind.Corrected or ChangeKind.Retracted || reverted is not null ? v.Previous?.Answer : null;
            changes.Add(new StoreChange(kind, v.ChangedAt, v.Current, old, citation) { Previous = v.Previous, RestoredVersion = reverted });
        }
        return changes;
    }

    public static ChangeKind? Classify(FactVersionPair v)
    {
        ArgumentNullException.ThrowIfNull(v);
        var (now, before) = (v.Current, v.Previous);
        if (before is null)
        {
            // The facts a store starts with are its baseline, not news: a fresh install has nothing new yet.
            return now.Status == FactStatus.Active && now.CreatedBy != Fact.SeedAuthor ? ChangeKind.Added : null;
        }
        if (now.Status != before.Status)
        {
            return now.Status == FactStatus.Retired ? ChangeKind.Retracted : ChangeKind.Restored;
        }
        if (now.Status == FactStatus.Retired)
        {
            return null;
        }
        var sameQuotes = now.Quotes.Select(q => q.Text).SequenceEqual(before.Quotes.Select(q => q.Text), StringComparer.Ordinal);
        if (string.Equals(now.Answer, before.Answer, StringComparison.Ordinal) && sameQuotes)
        {
            return null;
        }
        // A revert to an earlier version is announced as "Restored v1", so it is listed as a restore, not a correction.
        return RevertedTo(v) is null ? ChangeKind.Corrected : ChangeKind.Restored;
    }

    /// <summary>"v1" for a version saved by "/restorefact id v1" (its action is "revert to v1"), else null.</summary>
    private static string? RevertedTo(FactVersionPair v) =>
        v.Action.StartsWith(RevertAction, StringComparison.Ordinal) && v.Previous is { Status: FactStatus.Active }
            ? v.Action[RevertAction.Length..]
            : null;

    private async Task<Citation?> CitationAsync(Fact fact, CancellationToken cancellationToken)
    {
        if (fact.Quotes.Count == 0)
        {
            return null;
        }
        var quote = fact.Quotes[0];
        var source = await store.GetSourceAsync(quote.SourceId, cancellationToken).ConfigureAwait(false);
        return source is null
            ? new Citation(quote.Text, quote.SourceId, quote.SourceId, quote.SourceId, null, null)
            : new Citation(quote.Text, source.Id, source.Title, source.Outlet, source.Url, source.Published);
    }
}
