namespace ChatBot.Core.Coordination;

/// <summary>
/// Requests of concurrent callers sent together: the first is sent at once, the ones that arrive while it runs go in
/// the next batch, started as soon as it returns. So an idle process sends a lone request at once, and under load one
/// transaction and one round trip serve every request that came in during the last one; each caller learns its own
/// result only after that commit. A batch of several that fails (a deadlock with another replica, say) is rolled back
/// whole and, unless <see cref="ResendAloneOnFailure"/> is off, its requests are sent again one by one, so one request's
/// failure is its own.
/// </summary>
/// <typeparam name="TPart">One caller's request.</typeparam>
/// <typeparam name="TResult">What that caller learns after the commit.</typeparam>
public abstract class SendGroup<TPart, TResult>
{
    private readonly Lock _gate = new();
    private List<Entry> _queued = [];
    private bool _sending;

    /// <summary>Whether a failed batch of several is sent again request by request; off when the failure is the store's.</summary>
    protected virtual bool ResendAloneOnFailure => true;

    /// <summary>The order a batch is sent in, or null to keep the order of arrival.</summary>
    protected virtual Comparison<TPart>? Ordering => null;

    /// <summary>Sends one batch in one transaction; the results in the batch's order.</summary>
    protected abstract Task<TResult[]> ExecuteAsync(IReadOnlyList<TPart> batch);

    protected Task<TResult> EnqueueAsync(TPart part)
    {
        var entry = new Entry(part);
        bool lead;
        lock (_gate)
        {
            _queued.Add(entry);
            lead = !_sending;
            _sending = true;
        }
        if (lead)
        {
            _ = SendQueuedAsync();
        }
        return entry.Done.Task;
    }

    private async Task SendQueuedAsync()
    {
        while (true)
        {
            List<Entry> batch;
            lock (_gate)
            {
                if (_queued.Count == 0)
                {
                    _sending = false;
                    return;
                }
                batch = _queued;
                _queued = [];
            }
            if (Ordering is { } ordering)
            {
                batch.Sort((a, b) => ordering(a.Part, b.Part));
            }
            try
            {
                var results = await ExecuteAsync(batch.ConvertAll(e => e.Part)).ConfigureAwait(false);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(results[i]);
                }
            }
            catch (Exception) when (batch.Count > 1 && ResendAloneOnFailure)
            {
                await SendAloneAsync(batch).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                foreach (var entry in batch)
                {
                    entry.Done.TrySetException(ex);
                }
            }
        }
    }

    private async Task SendAloneAsync(List<Entry> batch)
    {
        foreach (var entry in batch)
        {
            try
            {
                entry.Done.TrySetResult((await ExecuteAsync([entry.Part]).ConfigureAwait(false))[0]);
            }
            catch (Exception ex)
            {
                entry.Done.TrySetException(ex);
            }
        }
    }

    private sealed record Entry(TPart Part)
    {
        // Continuations run off the sending flow, so a worker's next step never holds up the next batch.
        public TaskCompletionSource<TResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
