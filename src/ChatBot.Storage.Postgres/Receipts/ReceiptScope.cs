using ChatBot.Core.Conversations;
using Npgsql;

namespace ChatBot.Storage.Postgres.Receipts;

/// <summary>
/// One command run's receipt, ambient on its async flow, as in the SQLite store: a store's write made while it is open
/// is held uncommitted, and the command's first reply goes into the same transaction, which then commits; so the
/// change and the reply that reports it exist together or not at all. The receipt's row is unique on the update id.
/// </summary>
internal sealed class ReceiptScope : ICommandReceipt
{
    private static readonly AsyncLocal<ReceiptScope?> Ambient = new();
    private readonly PostgresDatabase _database;
    private readonly long _updateId;
    private readonly long _chatId;
    private readonly string _command;
    private readonly DateTimeOffset _at;
    private readonly List<string> _replies = [];
    private NpgsqlConnection? _heldConnection;
    private NpgsqlTransaction? _held;
    private bool _written;
    private bool _closed;

    private ReceiptScope(PostgresDatabase database, long updateId, long chatId, string command, DateTimeOffset at)
    {
        _database = database;
        _updateId = updateId;
        _chatId = chatId;
        _command = command;
        _at = at;
    }

    public static ReceiptScope? Current => Ambient.Value is { _closed: false } scope ? scope : null;

    /// <summary>The update the current flow's change belongs to (alerts are keyed by it).</summary>
    public static long? CurrentUpdateId => Current?._updateId;

    // Must stay synchronous: an AsyncLocal set here is seen by the rest of the caller's async method.
    public static ReceiptScope Open(PostgresDatabase database, long updateId, long chatId, string command, DateTimeOffset at)
    {
        var scope = new ReceiptScope(database, updateId, chatId, command, at);
        Ambient.Value = scope;
        return scope;
    }

    /// <summary>The transaction a second write of the same command joins, when one is held for this database.</summary>
    public (NpgsqlConnection Connection, NpgsqlTransaction Transaction)? HeldFor(PostgresDatabase database) =>
        _held is not null && _heldConnection is not null && ReferenceEquals(_database, database) ? (_heldConnection, _held) : null;

    public void Hold(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        _heldConnection = connection;
        _held = transaction;
    }

    public void Record(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        _replies.Add(html);
        if (_held is not null)
        {
            CommitHeld();
        }
        else if (_written)
        {
            // A later part of the reply: the change is already committed with the first one.
            using var c = _database.Open();
            using var update = Pg.Command(c, null, "UPDATE command_receipts SET replies = @r WHERE update_id = @u",
                ("r", Pg.WriteList(_replies)), ("u", _updateId));
            update.ExecuteNonQuery();
        }
    }

    public void Complete()
    {
        if (_held is not null)
        {
            CommitHeld();
        }
        Close();
    }

    public void Dispose()
    {
        // Not completed and still held: the command failed before reporting its change, so the change is undone.
        _held?.Dispose();
        _heldConnection?.Dispose();
        _held = null;
        _heldConnection = null;
        Close();
    }

    private void CommitHeld()
    {
        using (var insert = Pg.Command(_heldConnection!, _held, """
            INSERT INTO command_receipts (update_id, chat_id, command, replies, created_at) VALUES (@u, @chat, @cmd, @r, @at)
            ON CONFLICT (update_id) DO UPDATE SET replies = excluded.replies
            """,
            ("u", _updateId), ("chat", _chatId), ("cmd", _command), ("r", Pg.WriteList(_replies)), ("at", _at)))
        {
            insert.ExecuteNonQuery();
        }
        _held!.Commit();
        _database.Revision.Writing();
        _held.Dispose();
        _heldConnection!.Dispose();
        _held = null;
        _heldConnection = null;
        _written = true;
    }

    private void Close()
    {
        _closed = true;
        if (Ambient.Value == this)
        {
            Ambient.Value = null;
        }
    }
}
