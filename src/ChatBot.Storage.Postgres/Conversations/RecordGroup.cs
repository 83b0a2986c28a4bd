using Npgsql;

namespace ChatBot.Storage.Postgres.Conversations;

/// <summary>
/// Writes of record that return one value (a flood check's verdict, a logged question's id) from one replica's workers,
/// sent together: the first at once, the ones that arrive while it runs in the next batch, started as soon as it
/// returns. One batch is one transaction and one round trip on the records' connection (no wait for the WAL flush);
/// each caller gets its own statement's value after the commit. Statements are sent in the order of their key (the
/// user of a flood check), so two replicas' batches lock the rows they share in the same order and never deadlock on
/// them; a batch that fails anyway is rolled back whole and sent again statement by statement.
/// </summary>
internal sealed class RecordGroup(PostgresDatabase database)
{
    private readonly Lock _gate = new();
    private List<Part> _queued = [];
    private bool _sending;

    /// <returns>The first column of the statement's first row, or null when it returned none.</returns>
    public Task<object?> ScalarAsync(long order, string sql, (string Name, object? Value)[] parameters, CancellationToken cancellationToken)
    {
        var part = new Part(order, sql, parameters);
        bool lead;
        lock (_gate)
        {
            _queued.Add(part);
            lead = !_sending;
            _sending = true;
        }
        if (lead)
        {
            _ = SendQueuedAsync();
        }
        return part.Done.Task.WaitAsync(cancellationToken);
    }

    private async Task SendQueuedAsync()
    {
        while (true)
        {
            List<Part> batch;
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
            batch.Sort((a, b) => a.Order.CompareTo(b.Order));
            try
            {
                var values = await ExecuteAsync(batch).ConfigureAwait(false);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(values[i]);
                }
            }
            catch (Exception) when (batch.Count > 1)
            {
                foreach (var part in batch)
                {
                    try
                    {
                        part.Done.TrySetResult((await ExecuteAsync([part]).ConfigureAwait(false))[0]);
                    }
                    catch (Exception ex)
                    {
                        part.Done.TrySetException(ex);
                    }
                }
            }
            catch (Exception ex)
            {
                batch[0].Done.TrySetException(ex);
            }
        }
    }

    private async Task<object?[]> ExecuteAsync(List<Part> batch)
    {
        await using var c = await database.OpenRecordAsync().ConfigureAwait(false);
        await using var commands = new NpgsqlBatch(c);
        foreach (var part in batch)
        {
            commands.BatchCommands.Add(Pg.BatchCommand(part.Sql, part.Parameters));
        }
        await using var r = await commands.ExecuteReaderAsync().ConfigureAwait(false);
        var values = new object?[batch.Count];
        var i = 0;
        do
        {
            if (i >= values.Length)
            {
                throw new InvalidOperationException("A batch of records returned more results than it had statements.");
            }
            values[i++] = await r.ReadAsync().ConfigureAwait(false) && !await r.IsDBNullAsync(0).ConfigureAwait(false) ? r.GetValue(0) : null;
        }
        while (await r.NextResultAsync().ConfigureAwait(false));
        return i == values.Length ? values : throw new InvalidOperationException("A batch of records returned fewer results than it had statements.");
    }

    private sealed record Part(long Order, string Sql, (string Name, object? Value)[] Parameters)
    {
        // Continuations run off the sending flow, so a worker's handling never holds up the next batch.
        public TaskCompletionSource<object?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
