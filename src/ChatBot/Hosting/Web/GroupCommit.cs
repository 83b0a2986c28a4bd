namespace ChatBot.Hosting.Web;

/// <summary>
/// Items from concurrent callers stored together: the first caller starts a store of everything queued, and whoever
/// arrives while it runs is queued for the next one, started as soon as it returns. So an idle replica stores a lone
/// item at once, and under load one statement and one commit serve every request that came in during the last commit
/// (webhook requests arrive up to <c>max_connections</c> at a time). A caller's task completes only after the store that
/// took its item returned, i.e. committed; a store that throws fails every caller in it.
/// </summary>
internal sealed class GroupCommit<T>(Func<IReadOnlyList<T>, Task> store)
{
    private readonly Lock _gate = new();
    private List<(T Item, TaskCompletionSource Done)> _queued = [];
    private bool _storing;

    public Task AddAsync(T item, CancellationToken cancellationToken)
    {
        // Continuations run off the storing flow, so one slow caller never holds up the next batch.
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool lead;
        lock (_gate)
        {
            _queued.Add((item, done));
            lead = !_storing;
            _storing = true;
        }
        if (lead)
        {
            _ = StoreQueuedAsync();
        }
        // A caller that gives up stops waiting; the batch it joined is stored all the same for the others.
        return done.Task.WaitAsync(cancellationToken);
    }

    private async Task StoreQueuedAsync()
    {
        while (true)
        {
            List<(T Item, TaskCompletionSource Done)> batch;
            lock (_gate)
            {
                if (_queued.Count == 0)
                {
                    _storing = false;
                    return;
                }
                batch = _queued;
                _queued = [];
            }
            try
            {
                var items = new T[batch.Count];
                for (var i = 0; i < items.Length; i++)
                {
                    items[i] = batch[i].Item;
                }
                await store(items).ConfigureAwait(false);
                foreach (var (_, done) in batch)
                {
                    done.TrySetResult();
                }
            }
            catch (Exception ex)
            {
                foreach (var (_, done) in batch)
                {
                    done.TrySetException(ex);
                }
            }
        }
    }
}
