using ChatBot.Core.Conversations;
using Microsoft.Data.Sqlite;

namespace ChatBot.Storage.Receipts;

/// <summary>
/// One command run's receipt, ambient on its async flow. A store's write (<see cref="WriteTransaction"/>) made while it
/// is open is not committed but handed over and held; the command's first reply then goes into the same transaction,
/// which commits, so the change and the reply that reports it exist together or not at all.
/// </summary>
/// <remarks>
/// The hold lasts from the write to the first reply: rendering only, no network call. The stores keep a connection per
/// operation, so an ambient scope is what lets them take part without every use case passing the update id down.
/// </remarks>
internal sealed class ReceiptScope : ICommandReceipt
{
    private static readonly AsyncLocal<ReceiptScope?> Ambient = new();
    private readonly SqliteDatabase _database;
    private readonly long _updateId;
    private readonly long _chatId;
    private readonly string _command;
    private readonly DateTimeOffset _at;
    private readonly List<string> _replies = [];
    private SqliteConnection? _heldConnection;
    private SqliteTransaction? _held;
    private bool _written;
    private bool _closed;

    private ReceiptScope(SqliteDatabase database, long updateId, long chatId, string command, DateTimeOffset at)
    {
        _database = database;
        _updateId = updateId;
        _chatId = chatId;
        _command = command;
        _at = at;
    }

    /// <summary>The open receipt of the current flow, if any.</summary>
    public static ReceiptScope? Current => Ambient.Value is { _closed: false } scope ? scope : null;

    /// <summary>The update the current flow's change belongs to (alerts are keyed by it).</summary>
    public static long? CurrentUpdateId => Current?._updateId;

    // Must stay synchronous: an AsyncLocal set here is seen by the rest of the caller's async method.
    public static ReceiptScope Open(SqliteDatabase database, long updateId, long chatId, string command, DateTimeOffset at)
    {
        var scope = new ReceiptScope(database, updateId, chatId, command, at);
        Ambient.Value = scope;
        return scope;
    }

    /// <summary>The transaction a second write of the same command joins, when one is held for this database.</summary>
    public (SqliteConnection Connection, SqliteTransaction Transaction)? HeldFor(SqliteDatabase database) =>
        _held is not null && _heldConnection is not null && _database.Path == database.Path ? (_heldConnection, _held) : null;

    public void Hold(SqliteConnection connection, SqliteTransaction transaction)
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
            Sql.Execute(c, null, "UPDATE command_receipts SET replies = $r WHERE update_id = $u", ("$r", FactRows.WriteList(_replies)), ("$u", _updateId));
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
        Sql.Execute(_heldConnection!, _held, """
            INSERT INTO command_receipts (update_id, chat_id, command, replies, created_at) VALUES ($u, $chat, $cmd, $r, $at)
            ON CONFLICT (update_id) DO UPDATE SET replies = excluded.replies
            """,
            ("$u", _updateId), ("$chat", _chatId), ("$cmd", _command), ("$r", FactRows.WriteList(_replies)), ("$at", FactRows.WriteTime(_at)));
        _held!.Commit();
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
