using Microsoft.Data.Sqlite;

namespace ChatBot.Storage.Receipts;

/// <summary>
/// A store's write transaction (BEGIN IMMEDIATE). Outside a command it commits as usual; inside one (an open
/// <see cref="ReceiptScope"/>) <see cref="Commit"/> hands it to the receipt, which commits it with the reply.
/// </summary>
internal sealed class WriteTransaction : IDisposable
{
    private readonly bool _owned;
    private bool _handedOver;

    private WriteTransaction(SqliteConnection connection, SqliteTransaction transaction, bool owned)
    {
        Connection = connection;
        Transaction = transaction;
        _owned = owned;
    }

    public SqliteConnection Connection { get; }

    public SqliteTransaction Transaction { get; }

    public static WriteTransaction Begin(SqliteDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        // A second write of the same command joins the held one: a new BEGIN IMMEDIATE would wait on it forever.
        if (ReceiptScope.Current?.HeldFor(database) is { } held)
        {
            return new WriteTransaction(held.Connection, held.Transaction, owned: false);
        }
        var connection = database.Open();
        try
        {
            return new WriteTransaction(connection, connection.BeginTransaction(deferred: false), owned: true);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Commit()
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
        Transaction.Commit();
    }

    public void Dispose()
    {
        if (!_owned || _handedOver)
        {
            return;
        }
        Transaction.Dispose();
        Connection.Dispose();
    }
}
