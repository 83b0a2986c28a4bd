using ChatBot.Core.Conversations;

namespace ChatBot.Storage.Conversations;

/// <summary>
/// The update inbox in SQLite. Reads use their own connection; writes go through the database's
/// <see cref="ConversationWriter"/>, so concurrent ones share a transaction, and each returns once it is committed.
/// </summary>
public sealed class SqliteUpdateInbox(SqliteDatabase database, TimeProvider time) : IUpdateInbox
{
    private const string EntryColumns = "update_id, kind, payload, received_at, attempts";
    private readonly ConversationWriter _writer = ConversationWriter.For(database);

    public Task<IReadOnlyList<InboxEntry>> AddAsync(IReadOnlyList<InboxUpdate> updates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updates);
        var added = new List<InboxEntry>(updates.Count);
        if (updates.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<InboxEntry>>(added);
        }
        var ordered = updates.OrderBy(u => u.UpdateId).ToList();
        return _writer.WriteAsync<IReadOnlyList<InboxEntry>>(scope =>
        {
            added.Clear(); // a group that failed is retried alone
            foreach (var u in ordered)
            {
                var insert = scope.Command("""
                    INSERT INTO telegram_inbox (update_id, kind, payload, received_at) VALUES ($id, $kind, $payload, $at)
                    ON CONFLICT (update_id) DO NOTHING
                    """, ("$id", u.UpdateId), ("$kind", u.Kind), ("$payload", u.Payload), ("$at", FactRows.WriteTime(u.ReceivedAt)));
                if (insert.ExecuteNonQuery() == 1)
                {
                    added.Add(new InboxEntry(u.UpdateId, u.Kind, u.Payload, u.ReceivedAt, 0));
                }
            }
            return added;
        });
    }

    public Task<IReadOnlyList<InboxEntry>> GetPendingAsync(int limit, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = ConversationSql.Command(connection, null,
            $"SELECT {EntryColumns} FROM telegram_inbox WHERE state = 'pending' ORDER BY update_id LIMIT $limit", ("$limit", limit));
        using var reader = command.ExecuteReader();
        var list = new List<InboxEntry>();
        while (reader.Read())
        {
            list.Add(new InboxEntry(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), FactRows.ReadTime(reader.GetString(3)), reader.GetInt32(4)));
        }
        return Task.FromResult<IReadOnlyList<InboxEntry>>(list);
    }

    public Task<long> GetNextOffsetAsync(CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = ConversationSql.Command(connection, null, "SELECT COALESCE(MAX(update_id) + 1, 0) FROM telegram_inbox");
        return Task.FromResult((long)command.ExecuteScalar()!);
    }

    public Task<int> BeginAsync(long updateId, CancellationToken cancellationToken = default) =>
        _writer.WriteAsync(scope => Convert.ToInt32(
            scope.Command("UPDATE telegram_inbox SET attempts = attempts + 1 WHERE update_id = $id RETURNING attempts", ("$id", updateId))
                .ExecuteScalar() ?? 0, System.Globalization.CultureInfo.InvariantCulture));

    public Task CompleteAsync(long updateId, CancellationToken cancellationToken = default) => Finish(updateId, "done", null);

    public Task FailAsync(long updateId, string lastError, CancellationToken cancellationToken = default) => Finish(updateId, "failed", lastError);

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default) =>
        _writer.WriteAsync(scope =>
        {
            // A command receipt matters only while its update can still be replayed, which is long over by then.
            scope.Command("DELETE FROM command_receipts WHERE created_at < $before", ("$before", FactRows.WriteTime(before))).ExecuteNonQuery();
            return scope.Command("""
                DELETE FROM telegram_inbox
                WHERE state <> 'pending' AND finished_at < $before
                  AND update_id < (SELECT MAX(update_id) FROM telegram_inbox)
                """, ("$before", FactRows.WriteTime(before))).ExecuteNonQuery();
        });

    private Task<int> Finish(long updateId, string state, string? error)
    {
        var at = FactRows.WriteTime(time.GetUtcNow());
        return _writer.WriteAsync(scope => scope.Command(
            "UPDATE telegram_inbox SET state = $state, finished_at = $at, error = $error WHERE update_id = $id AND state = 'pending'",
            ("$state", state), ("$at", at), ("$error", error), ("$id", updateId)).ExecuteNonQuery());
    }
}
