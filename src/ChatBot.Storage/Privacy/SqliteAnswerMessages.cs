using ChatBot.Core.Conversations;
using ChatBot.Storage.Conversations;

namespace ChatBot.Storage.Privacy;

/// <summary>Question message → the bot's answer message, per chat; written in the question log's group commits.</summary>
public sealed class SqliteAnswerMessages(SqliteDatabase database) : IAnswerMessages
{
    private readonly ConversationWriter _writer = ConversationWriter.For(database);

    public Task<int?> FindAsync(long chatId, int questionMessageId, CancellationToken cancellationToken = default)
    {
        using var c = database.OpenForReading();
        var id = Sql.Scalar(c, null, "SELECT answer_message_id FROM answer_messages WHERE chat_id = $c AND question_message_id = $q",
            ("$c", chatId), ("$q", questionMessageId));
        return Task.FromResult(id is long n ? (int?)n : null);
    }

    public Task RememberAsync(long chatId, int questionMessageId, int answerMessageId, long? userId, DateTimeOffset at,
        CancellationToken cancellationToken = default)
    {
        var when = FactRows.WriteTime(at);
        return _writer.WriteAsync(scope => scope.Command("""
            INSERT INTO answer_messages (chat_id, question_message_id, answer_message_id, user_id, answered_at)
            VALUES ($c, $q, $a, $u, $at)
            ON CONFLICT (chat_id, question_message_id) DO UPDATE SET answer_message_id = excluded.answer_message_id,
                answered_at = excluded.answered_at
            """, ("$c", chatId), ("$q", questionMessageId), ("$a", answerMessageId), ("$u", userId), ("$at", when)).ExecuteNonQuery());
    }
}
