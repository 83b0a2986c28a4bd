using ChatBot.Core.Privacy;
using ChatBot.Storage.Receipts;
using Microsoft.Data.Sqlite;

namespace ChatBot.Storage.Privacy;

/// <summary>/forgetme and the question log's retention, on SQLite.</summary>
public sealed class SqlitePrivacyStore(SqliteDatabase database) : IPrivacyStore
{
    public Task<ForgetResult> ForgetUserAsync(long userId, CancellationToken cancellationToken = default)
    {
        using var w = WriteTransaction.Begin(database);
        var (c, tx) = (w.Connection, w.Transaction);
        var questions = Sql.Execute(c, tx, "DELETE FROM question_log WHERE user_id = $u", ("$u", userId));
        Sql.Execute(c, tx, "DELETE FROM answer_messages WHERE user_id = $u", ("$u", userId));
        var votes = 0;
        foreach (var table in VoteTables(c, tx))
        {
            votes += Sql.Execute(c, tx, $"DELETE FROM \"{table.Replace("\"", "\"\"", StringComparison.Ordinal)}\" WHERE user_id = $u", ("$u", userId));
        }
        // A private chat's id is its user's id; group subscriptions belong to the group, not to the member who asked.
        Sql.Execute(c, tx, """
            UPDATE deliveries SET state = 'cancelled', last_error = 'not sent: the user asked to be forgotten'
            WHERE chat_id = $u AND state = 'queued'
            """, ("$u", userId));
        var subscriptions = Sql.Execute(c, tx, "DELETE FROM subscriptions WHERE chat_id = $u", ("$u", userId));
        Sql.Execute(c, tx, "DELETE FROM subscribers WHERE chat_id = $u", ("$u", userId));
        Sql.Execute(c, tx, "DELETE FROM user_languages WHERE user_id = $u", ("$u", userId));
        w.Commit();
        return Task.FromResult(new ForgetResult(questions, votes, subscriptions));
    }

    public Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        var cutoff = FactRows.WriteTime(before);
        using var w = WriteTransaction.Begin(database);
        var (c, tx) = (w.Connection, w.Transaction);
        var deleted = Sql.Execute(c, tx, "DELETE FROM question_log WHERE asked_at < $t", ("$t", cutoff));
        Sql.Execute(c, tx, "DELETE FROM answer_messages WHERE answered_at < $t", ("$t", cutoff));
        w.Commit();
        return Task.FromResult(deleted);
    }

    // Votes arrive in a migration of their own (008, answer feedback); whichever tables hold them, a user's rows are
    // those with their user_id. Looking the tables up keeps /forgetme right whether or not that migration has run.
    private static List<string> VoteTables(SqliteConnection c, SqliteTransaction tx)
    {
        var tables = new List<string>();
        using (var command = Sql.Command(c, tx, "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%vote%'"))
        using (var r = command.ExecuteReader())
        {
            while (r.Read())
            {
                tables.Add(r.GetString(0));
            }
        }
        return tables.Where(t => Sql.Scalar(c, tx, "SELECT COUNT(*) FROM pragma_table_info($t) WHERE name = 'user_id'", ("$t", t)) is long n && n > 0).ToList();
    }
}
