using ChatBot.Core.Conversations;
using Npgsql;

namespace ChatBot.Storage.Postgres.Conversations;

/// <summary>
/// The finishes of one replica's workers sent together: the first finish is sent at once, and the finishes that arrive
/// while it runs go in the next batch, started as soon as it returns. One batch is one transaction, one commit and one
/// round trip for every update finished in it (their held records and next claims included); each caller learns its
/// own finish only after that commit. The parts keep their order, and each statement of the transaction sees the
/// earlier parts' changes, so a later part's claim never takes a chat an earlier one kept or claimed. A batch of several
/// that fails (a deadlock with another replica, say) is rolled back whole and its parts are sent again one by one, so
/// one part's failure is its own.
/// </summary>
internal sealed class FinishGroup(PostgresDatabase database)
{
    private readonly Lock _gate = new();
    private List<Part> _queued = [];
    private bool _sending;

    public Task<FinishedAndNext> SendAsync(IReadOnlyList<(string Sql, (string Name, object? Value)[] Parameters)> statements)
    {
        var part = new Part(statements);
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
        return part.Done.Task;
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
            try
            {
                var finished = await ExecuteAsync(batch).ConfigureAwait(false);
                for (var i = 0; i < batch.Count; i++)
                {
                    batch[i].Done.TrySetResult(finished[i]);
                }
            }
            catch (Exception) when (batch.Count > 1)
            {
                await SendAloneAsync(batch).ConfigureAwait(false);
            }
            catch (Exception ex)
            {
                batch[0].Done.TrySetException(ex);
            }
        }
    }

    private async Task SendAloneAsync(List<Part> batch)
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

    private async Task<FinishedAndNext[]> ExecuteAsync(List<Part> batch)
    {
        await using var c = await database.OpenAsync().ConfigureAwait(false);
        await using var commands = new NpgsqlBatch(c);
        foreach (var part in batch)
        {
            foreach (var (sql, parameters) in part.Statements)
            {
                commands.BatchCommands.Add(Pg.BatchCommand(sql, parameters));
            }
        }
        await using var r = await commands.ExecuteReaderAsync().ConfigureAwait(false);
        return await PostgresChatClaims.ReadFinishesAsync(r, batch.Count, CancellationToken.None).ConfigureAwait(false);
    }

    private sealed record Part(IReadOnlyList<(string Sql, (string Name, object? Value)[] Parameters)> Statements)
    {
        // Continuations run off the sending flow, so a worker's next update never holds up the next batch.
        public TaskCompletionSource<FinishedAndNext> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
