using ChatBot.Core.Conversations;
using Microsoft.Data.Sqlite;
using static ChatBot.Storage.Conversations.ConversationSql;

namespace ChatBot.Storage.Conversations;

/// <summary>The question log in SQLite; writes share the database's <see cref="ConversationWriter"/> with the inbox.</summary>
public sealed class SqliteQuestionLog(SqliteDatabase database) : IQuestionLog
{
    private readonly ConversationWriter _writer = ConversationWriter.For(database);

    private const string Columns = """
        id, update_id, asked_at, chat_id, user_id, chat_type, question, answered, fact_id, confidence, alternatives,
        chosen_fact_id, chosen_at, language
        """;

    public Task<long> RecordAsync(QuestionRecord question, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(question);
        var askedAt = FactRows.WriteTime(question.AskedAt);
        var alternatives = FactRows.WriteList(question.Alternatives);
        return _writer.WriteAsync(scope =>
        {
            // A redelivered update (crash before the inbox row was finished) must not log the question twice.
            if (question.UpdateId is { } updateId
                && scope.Command("SELECT id FROM question_log WHERE update_id = $u", ("$u", updateId)).ExecuteScalar() is long id)
            {
                return id;
            }
            return (long)scope.Command("""
                INSERT INTO question_log (update_id, asked_at, chat_id, user_id, chat_type, question, answered, fact_id,
                                          confidence, alternatives, language)
                VALUES ($u, $at, $chat, $user, $type, $q, $answered, $fact, $conf, $alts, $lang)
                RETURNING id
                """,
                ("$u", question.UpdateId), ("$at", askedAt), ("$chat", question.ChatId),
                ("$user", question.UserId), ("$type", question.ChatType), ("$q", question.Question),
                ("$answered", question.Answered ? 1 : 0), ("$fact", question.FactId), ("$conf", question.Confidence),
                ("$alts", alternatives), ("$lang", question.Language)).ExecuteScalar()!;
        });
    }

    public Task<bool> RecordChoiceAsync(long questionId, long userId, string factId, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        var when = FactRows.WriteTime(at);
        return _writer.WriteAsync(scope => scope.Command(
            "UPDATE question_log SET chosen_fact_id = $fact, chosen_at = $at WHERE id = $id AND user_id = $user",
            ("$fact", factId), ("$at", when), ("$id", questionId), ("$user", userId)).ExecuteNonQuery() == 1);
    }

    public Task<LoggedQuestion?> GetAsync(long questionId, CancellationToken cancellationToken = default) =>
        Task.FromResult(Query($"SELECT {Columns} FROM question_log WHERE id = $p", questionId) is [var first, ..] ? first : null);

    public Task<IReadOnlyList<LoggedQuestion>> GetUnansweredAsync(int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<LoggedQuestion>>(Query($"SELECT {Columns} FROM question_log WHERE answered = 0 ORDER BY id DESC LIMIT $p", limit));

    public Task<IReadOnlyList<LoggedQuestion>> GetChosenAlternativesAsync(int limit, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<LoggedQuestion>>(Query($"SELECT {Columns} FROM question_log WHERE chosen_fact_id IS NOT NULL ORDER BY chosen_at DESC LIMIT $p", limit));

    private List<LoggedQuestion> Query(string sql, long parameter)
    {
        using var connection = database.Open();
        using var command = Command(connection, null, sql, ("$p", parameter));
        using var r = command.ExecuteReader();
        var list = new List<LoggedQuestion>();
        while (r.Read())
        {
            list.Add(Read(r));
        }
        return list;
    }

    private static LoggedQuestion Read(SqliteDataReader r) => new(
        r.GetInt64(0),
        new QuestionRecord(
            UpdateId: r.IsDBNull(1) ? null : r.GetInt64(1),
            AskedAt: FactRows.ReadTime(r.GetString(2)),
            ChatId: r.GetInt64(3),
            UserId: r.IsDBNull(4) ? null : r.GetInt64(4),
            ChatType: r.GetString(5),
            Question: r.GetString(6),
            Answered: r.GetInt64(7) != 0,
            FactId: r.IsDBNull(8) ? null : r.GetString(8),
            Confidence: r.GetDouble(9),
            Alternatives: FactRows.ReadList(r.GetString(10)),
            Language: r.IsDBNull(13) ? null : r.GetString(13)),
        r.IsDBNull(11) ? null : r.GetString(11),
        r.IsDBNull(12) ? null : FactRows.ReadTime(r.GetString(12)));
}
