using ChatBot.Core.Languages;
using ChatBot.Storage.Postgres.Receipts;

namespace ChatBot.Storage.Postgres.Languages;

/// <summary>Users' /language choices in PostgreSQL (<c>user_languages</c>, migration 002), as the SQLite store keeps them.</summary>
public sealed class PostgresUserLanguages(PostgresDatabase database) : IUserLanguages
{
    public async Task<string?> GetAsync(long userId, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Pg.ScalarAsync(c, null, "SELECT language FROM user_languages WHERE user_id = @u", ("u", userId)).ConfigureAwait(false) as string;
    }

    public async Task SetAsync(long userId, string? language, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var w = await WriteTransaction.BeginAsync(database, cancellationToken).ConfigureAwait(false);
        if (language is null)
        {
            await Pg.ExecuteAsync(w.Connection, w.Transaction, "DELETE FROM user_languages WHERE user_id = @u", ("u", userId)).ConfigureAwait(false);
        }
        else
        {
            await Pg.ExecuteAsync(w.Connection, w.Transaction, """
                INSERT INTO user_languages (user_id, language, updated_at) VALUES (@u, @l, @at)
                ON CONFLICT (user_id) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at
                """, ("u", userId), ("l", language), ("at", at)).ConfigureAwait(false);
        }
        await w.CommitAsync().ConfigureAwait(false);
    }
}
