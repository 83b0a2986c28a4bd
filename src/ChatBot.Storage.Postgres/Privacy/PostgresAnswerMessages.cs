using ChatBot.Core.Conversations;
using ChatBot.Storage.Postgres.Conversations;

namespace ChatBot.Storage.Postgres.Privacy;

/// <summary>Question message → the bot's answer message, per chat.</summary>
public sealed class PostgresAnswerMessages(PostgresDatabase database) : IAnswerMessages
{
    public async Task<int?> FindAsync(long chatId, int questionMessageId, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Pg.ScalarAsync(c, null, "SELECT answer_message_id FROM answer_messages WHERE chat_id = @c AND question_message_id = @q",
            ("c", chatId), ("q", questionMessageId)).ConfigureAwait(false) as int?;
    }

    public async Task RememberAsync(long chatId, int questionMessageId, int answerMessageId, long? userId, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        (string, object?)[] parameters = [("c", chatId), ("q", questionMessageId), ("a", answerMessageId), ("u", userId), ("at", at)];
        // While a claimed update is handled, the record goes with the update's finish (the chat's next update, an edit
        // of this question included, is handed out only after it), sparing a transaction of its own.
        if (FinishRecords.TryHold(database, RememberSql, parameters))
        {
            return;
        }
        await using var c = await database.OpenRecordAsync(cancellationToken).ConfigureAwait(false);
        await Pg.ExecuteAsync(c, null, RememberSql, parameters).ConfigureAwait(false);
    }

    private const string RememberSql = """
        INSERT INTO answer_messages (chat_id, question_message_id, answer_message_id, user_id, answered_at)
        VALUES (@c, @q, @a, @u, @at)
        ON CONFLICT (chat_id, question_message_id) DO UPDATE SET answer_message_id = excluded.answer_message_id,
            answered_at = excluded.answered_at
        """;
}
