using ChatBot.Core.Conversations;
using Npgsql;

namespace ChatBot.Storage.Postgres.Conversations;

/// <summary>The question log in PostgreSQL; unique on the update, so a redelivered update is logged once.</summary>
public sealed class PostgresQuestionLog(PostgresDatabase database) : IQuestionLog
{
    private const string Columns = """
        id, update_id, asked_at, chat_id, user_id, chat_type, question, answered, fact_id, confidence, alternatives, chosen_fact_id, chosen_at,
        language
        """;

    public async Task<long> RecordAsync(QuestionRecord question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        // Sent with the other workers' records of the moment (see RecordGroup), after their flood checks. ON CONFLICT DO
        // NOTHING returns no row for a replay; the first row's id is read then.
        var id = await database.Records.ScalarAsync(long.MaxValue, """
            INSERT INTO question_log (update_id, asked_at, chat_id, user_id, chat_type, question, answered, fact_id, confidence, alternatives,
                                      language)
            VALUES (@u, @at, @chat, @user, @type, @q, @answered, @fact, @conf, @alts, @lang)
            ON CONFLICT (update_id) DO NOTHING
            RETURNING id
            """,
            [("u", question.UpdateId), ("at", question.AskedAt), ("chat", question.ChatId), ("user", question.UserId), ("type", question.ChatType),
            ("q", question.Question), ("answered", question.Answered), ("fact", question.FactId), ("conf", question.Confidence),
            ("alts", Pg.WriteList(question.Alternatives)), ("lang", question.Language)], cancellationToken).ConfigureAwait(false);
        if (id is long stored)
        {
            return stored;
        }
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return (long)(await Pg.ScalarAsync(c, null, "SELECT id FROM question_log WHERE update_id = @u", ("u", question.UpdateId)).ConfigureAwait(false))!;
    }

    public async Task<bool> RecordChoiceAsync(long questionId, long userId, string factId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Pg.ExecuteAsync(c, null, "UPDATE question_log SET chosen_fact_id = @fact, chosen_at = @at WHERE id = @id AND user_id = @user",
            ("fact", factId), ("at", at), ("id", questionId), ("user", userId)).ConfigureAwait(false) == 1;
    }

    public async Task<LoggedQuestion?> GetAsync(long questionId, CancellationToken cancellationToken = default) =>
        (await QueryAsync($"SELECT {Columns} FROM question_log WHERE id = @p", questionId, cancellationToken).ConfigureAwait(false)).FirstOrDefault();

    public async Task<IReadOnlyList<LoggedQuestion>> GetUnansweredAsync(int limit, CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT {Columns} FROM question_log WHERE NOT answered ORDER BY id DESC LIMIT @p", limit, cancellationToken).ConfigureAwait(false);

    public async Task<IReadOnlyList<LoggedQuestion>> GetChosenAlternativesAsync(int limit, CancellationToken cancellationToken = default) =>
        await QueryAsync($"SELECT {Columns} FROM question_log WHERE chosen_fact_id IS NOT NULL ORDER BY chosen_at DESC LIMIT @p", limit, cancellationToken)
            .ConfigureAwait(false);

    private async Task<List<LoggedQuestion>> QueryAsync(string sql, long parameter, CancellationToken cancellationToken)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Pg.ReadAsync(c, null, sql, Read, ("p", parameter)).ConfigureAwait(false);
    }

    private static LoggedQuestion Read(NpgsqlDataReader r) => new(
        r.GetInt64(0),
        new QuestionRecord(
            UpdateId: Pg.LongOrNull(r, 1),
            AskedAt: Pg.Time(r, 2),
            ChatId: r.GetInt64(3),
            UserId: Pg.LongOrNull(r, 4),
            ChatType: r.GetString(5),
            Question: r.GetString(6),
            Answered: r.GetBoolean(7),
            FactId: Pg.StringOrNull(r, 8),
            Confidence: r.GetDouble(9),
            Alternatives: Pg.ReadList(r.GetString(10)),
            Language: Pg.StringOrNull(r, 13)),
        Pg.StringOrNull(r, 11),
        Pg.TimeOrNull(r, 12));
}
