using System.Runtime.CompilerServices;

namespace ChatBot.Storage.Conversations;

/// <summary>
/// The one writer of the conversation tables (inbox, question log) of a database in this process, with group commit:
/// writes that arrive while a transaction is being committed wait, and are then committed together in the next one.
/// Each caller still returns only after its own write is durable, but a burst of updates costs a few transactions
/// instead of several per update, and these writes never compete for SQLite's write lock (which Microsoft.Data.Sqlite
/// resolves by sleeping 150 ms and retrying).
/// </summary>
/// <remarks>
/// No background task: the caller that finds no commit running commits everything queued as one group; if more writes
/// queued meanwhile, it hands the next commit to the first of them and returns, so no caller is held for others'
/// rounds. A write that throws rolls its group back, and the group is then retried one write per transaction, so it
/// fails only its own caller. The writer keeps one connection open with its prepared
/// statements (WAL: readers on other connections are not blocked by it).
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable", Justification = "One writer per database for the life of the process (see For); nothing owns it to dispose it, and its connection goes with the process.")]
public sealed class ConversationWriter(SqliteDatabase database)
{
    private static readonly ConditionalWeakTable<SqliteDatabase, ConversationWriter> Writers = [];
    private readonly Lock _gate = new();
    private List<IPendingWrite> _queue = [];
    private bool _committing;

    // The open connection with its prepared statements; only the committing caller touches it. Dropped after a failure.
    private WriteScope? _session;

    /// <summary>The writer shared by every conversation store of <paramref name="database"/>.</summary>
    public static ConversationWriter For(SqliteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        return Writers.GetValue(database, static d => new ConversationWriter(d));
    }

    /// <summary>Runs <paramref name="write"/> in a transaction; completes once that transaction is committed.</summary>
    public Task<T> WriteAsync<T>(Func<WriteScope, T> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        var pending = new PendingWrite<T>(write);
        lock (_gate)
        {
            _queue.Add(pending);
            if (_committing)
            {
                return AwaitAsync(pending);
            }
            _committing = true;
        }
        return LeadAsync(pending);
    }

    private async Task<T> LeadAsync<T>(PendingWrite<T> own)
    {
        // One turn of the thread pool first: the writes other updates are about to make join this transaction
        // instead of each paying for a commit of its own (under load a group grows; idle, this costs one hop).
        await Task.Yield();
        CommitRound();
        return await own.Task.ConfigureAwait(false);
    }

    private async Task<T> AwaitAsync<T>(PendingWrite<T> own)
    {
        if (await Task.WhenAny(own.Task, own.Turn).ConfigureAwait(false) != own.Task)
        {
            // Handed the next commit while still queued: this round holds our own write.
            CommitRound();
        }
        return await own.Task.ConfigureAwait(false);
    }

    /// <summary>Commits everything queued as one group, then hands the next group to the first write queued since.</summary>
    private void CommitRound()
    {
        List<IPendingWrite> group;
        lock (_gate)
        {
            group = _queue;
            _queue = [];
        }
        try
        {
            if (!TryCommit(group, out var error))
            {
                if (group.Count == 1)
                {
                    group[0].Failed(error);
                }
                else
                {
                    foreach (var write in group)
                    {
                        if (!TryCommit([write], out var own))
                        {
                            write.Failed(own);
                        }
                    }
                }
            }
        }
        finally
        {
            IPendingWrite? next = null;
            lock (_gate)
            {
                if (_queue.Count == 0)
                {
                    _committing = false;
                }
                else
                {
                    next = _queue[0];
                }
            }
            next?.HandTurn();
        }
    }

    private bool TryCommit(List<IPendingWrite> group, out Exception error)
    {
        var session = _session;
        try
        {
            session ??= _session = new WriteScope(database.Open());
            session.Begin();
            try
            {
                foreach (var write in group)
                {
                    write.Run(session);
                }
                session.Commit();
            }
            catch
            {
                if (!session.TryRollBack())
                {
                    // Never hand a connection that may still hold the transaction back to the pool.
                    Microsoft.Data.Sqlite.SqliteConnection.ClearPool(session.Connection);
                }
                throw;
            }
            foreach (var write in group)
            {
                write.Committed();
            }
            error = null!;
            return true;
        }
        catch (Exception ex)
        {
            // A connection in an unknown state is not reused; the next group opens a fresh one.
            session?.Dispose();
            _session = null;
            error = ex;
            return false;
        }
    }
}
