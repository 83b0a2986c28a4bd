using ChatBot.Core.Coordination;

namespace ChatBot.Hosting.Web;

/// <summary>
/// Items from concurrent callers stored together (<see cref="SendGroup{TPart, TResult}"/>; webhook requests arrive up
/// to <c>max_connections</c> at a time). A caller's task completes only after the store that took its item returned,
/// i.e. committed; a store that throws fails every caller in it, since the failure is the store's, not an item's.
/// </summary>
internal sealed class GroupCommit<T>(Func<IReadOnlyList<T>, Task> store) : SendGroup<T, bool>
{
    protected override bool ResendAloneOnFailure => false;

    // A caller that gives up stops waiting; the batch it joined is stored all the same for the others.
    public Task AddAsync(T item, CancellationToken cancellationToken) => EnqueueAsync(item).WaitAsync(cancellationToken);

    protected override async Task<bool[]> ExecuteAsync(IReadOnlyList<T> batch)
    {
        await store(batch).ConfigureAwait(false);
        return new bool[batch.Count];
    }
}
