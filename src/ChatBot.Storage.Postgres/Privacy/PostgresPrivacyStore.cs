using ChatBot.Core.Privacy;
using ChatBot.Storage.Postgres.Receipts;

namespace ChatBot.Storage.Postgres.Privacy;

/// <summary>/forgetme and the question log's retention, on PostgreSQL.</summary>
public sealed class PostgresPrivacyStore(PostgresDatabase database) : IPrivacyStore
{
    public async Task<ForgetResult> ForgetUserAsync(long userId, CancellationToken cancellationToken = default)
    {
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var (c, tx) = (w.Connection, w.Transaction);
        var questions = await Pg.ExecuteAsync(c, tx, "DELETE FROM question_log WHERE user_id = @u", ("u", userId)).ConfigureAwait(false);
        await Pg.ExecuteAsync(c, tx, "DELETE FROM answer_messages WHERE user_id = @u", ("u", userId)).ConfigureAwait(false);
        var votes = await Pg.ExecuteAsync(c, tx, "DELETE FROM answer_votes WHERE user_id = @u", ("u", userId)).ConfigureAwait(false);
        // A private chat's id is its user's id; group subscriptions belong to the group, not to the member who asked.
        await Pg.ExecuteAsync(c, tx, """
            UPDATE deliveries SET state = 'cancelled', last_error = 'not sent: the user asked to be forgotten' WHERE chat_id = @u AND state = 'queued'
            """, ("u", userId)).ConfigureAwait(false);
        var subscriptions = await Pg.ExecuteAsync(c, tx, "DELETE FROM subscriptions WHERE chat_id = @u", ("u", userId)).ConfigureAwait(false);
        await Pg.ExecuteAsync(c, tx, "DELETE FROM subscribers WHERE chat_id = @u", ("u", userId)).ConfigureAwait(false);
        // Replicas keep language choices until this counter moves (PostgresUserLanguages).
        if (await Pg.ExecuteAsync(c, tx, "DELETE FROM user_languages WHERE user_id = @u", ("u", userId)).ConfigureAwait(false) > 0)
        {
            await FactWriter.BumpLanguagesAsync(c, tx).ConfigureAwait(false);
        }
        await w.CommitAsync().ConfigureAwait(false);
        return new ForgetResult(questions, votes, subscriptions);
    }

    public async Task<int> PruneAsync(DateTimeOffset before, CancellationToken cancellationToken = default)
    {
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        var deleted = await Pg.ExecuteAsync(w.Connection, w.Transaction, "DELETE FROM question_log WHERE asked_at < @t", ("t", before)).ConfigureAwait(false);
        await Pg.ExecuteAsync(w.Connection, w.Transaction, "DELETE FROM answer_messages WHERE answered_at < @t", ("t", before)).ConfigureAwait(false);
        await w.CommitAsync().ConfigureAwait(false);
        return deleted;
    }
}
