using System.Collections.Concurrent;
using ChatBot.Core.Languages;
using ChatBot.Storage.Postgres.Receipts;

namespace ChatBot.Storage.Postgres.Languages;

/// <summary>
/// Users' /language choices in PostgreSQL (<c>user_languages</c>, migration 002), as the SQLite store keeps them. Every
/// update needs its user's choice, so a replica keeps the choices it has read until the <c>languages</c> counter
/// (migration 007, moved by every choice on any replica) changes.
/// </summary>
public sealed class PostgresUserLanguages(PostgresDatabase database) : IUserLanguages
{
    // Bounds the memory of a bot with very many users; refilled from the table as they come back.
    private const int MaxRemembered = 100_000;

    private Remembered _remembered = new(-1);

    public async Task<string?> GetAsync(long userId, CancellationToken cancellationToken = default)
    {
        // The counter is read first: a choice read from the table after it is at least as new as the counter says.
        var version = await database.Revision.GetLanguagesAsync(cancellationToken).ConfigureAwait(false);
        var remembered = Volatile.Read(ref _remembered);
        if (remembered.Version != version || remembered.Choices.Count >= MaxRemembered)
        {
            remembered = new Remembered(version);
            Volatile.Write(ref _remembered, remembered);
        }
        if (remembered.Choices.TryGetValue(userId, out var known))
        {
            return known;
        }
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        var language = await Pg.ScalarAsync(c, null, "SELECT language FROM user_languages WHERE user_id = @u", ("u", userId)).ConfigureAwait(false) as string;
        remembered.Choices[userId] = language;
        return language;
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
        await FactWriter.BumpLanguagesAsync(w.Connection, w.Transaction).ConfigureAwait(false);
        await w.CommitAsync().ConfigureAwait(false);
    }

    private sealed record Remembered(long Version)
    {
        public ConcurrentDictionary<long, string?> Choices { get; } = new();
    }
}
