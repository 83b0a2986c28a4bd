using ChatBot.Core.Languages;
using ChatBot.Storage.Receipts;

namespace ChatBot.Storage.Languages;

/// <summary>Users' /language choices in SQLite (<c>user_languages</c>, migration 010).</summary>
public sealed class SqliteUserLanguages(SqliteDatabase database) : IUserLanguages
{
    public Task<string?> GetAsync(long userId, CancellationToken cancellationToken = default)
    {
        using var c = database.OpenForReading();
        return Task.FromResult(Sql.Scalar(c, null, "SELECT language FROM user_languages WHERE user_id = $u", ("$u", userId)) as string);
    }

    public Task SetAsync(long userId, string? language, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        using var w = WriteTransaction.Begin(database);
        if (language is null)
        {
            Sql.Execute(w.Connection, w.Transaction, "DELETE FROM user_languages WHERE user_id = $u", ("$u", userId));
        }
        else
        {
            Sql.Execute(w.Connection, w.Transaction, """
                INSERT INTO user_languages (user_id, language, updated_at) VALUES ($u, $l, $at)
                ON CONFLICT (user_id) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at
                """, ("$u", userId), ("$l", language), ("$at", FactRows.WriteTime(at)));
        }
        w.Commit();
        return Task.CompletedTask;
    }
}
