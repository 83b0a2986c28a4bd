using Npgsql;

namespace ChatBot.Storage.Postgres.Receipts;

/// <summary>
/// A curation-style write transaction. It first takes a transaction advisory lock, so these writes run one at a time
/// across every replica, as SQLite's single writer does: a check ("is the fact still at v3?") and the write it guards
/// cannot interleave with another replica's. Outside a command it commits as usual; inside one (an open
/// <see cref="ReceiptScope"/>) <see cref="CommitAsync"/> hands it to the receipt, which commits it with the reply.
/// </summary>
internal sealed class WriteTransaction : IAsyncDisposable
{
    private readonly PostgresDatabase _database;
    private readonly bool _owned;
    private bool _handedOver;

    private WriteTransaction(PostgresDatabase database, NpgsqlConnection connection, NpgsqlTransaction transaction, bool owned)
    {
        _database = database;
        Connection = connection;
        Transaction = transaction;
        _owned = owned;
    }

    public NpgsqlConnection Connection { get; }

    public NpgsqlTransaction Transaction { get; }

    public static async Task<WriteTransaction> BeginAsync(PostgresDatabase database, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(database);
        // A second write of the same command joins the held one (it already holds the lock).
        if (ReceiptScope.Current?.HeldFor(database) is { } held)
        {
            return new WriteTransaction(database, held.Connection, held.Transaction, owned: false);
        }
        var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        database.Revision.Writing();
        try
        {
            var tx = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await Pg.ExecuteAsync(connection, tx, "SELECT pg_advisory_xact_lock(@key)", ("key", Pg.WriteLock)).ConfigureAwait(false);
            return new WriteTransaction(database, connection, tx, owned: true);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task CommitAsync()
    {
        if (!_owned)
        {
            return;
        }
        if (ReceiptScope.Current is { } receipt)
        {
            receipt.Hold(Connection, Transaction);
            _handedOver = true;
            return;
        }
        await Transaction.CommitAsync().ConfigureAwait(false);
        _database.Revision.Writing();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_owned || _handedOver)
        {
            return;
        }
        await Transaction.DisposeAsync().ConfigureAwait(false);
        await Connection.DisposeAsync().ConfigureAwait(false);
    }
}
