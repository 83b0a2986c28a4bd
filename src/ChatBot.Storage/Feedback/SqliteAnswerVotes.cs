using ChatBot.Core.Feedback;
using Microsoft.Data.Sqlite;
using static ChatBot.Storage.Sql;

namespace ChatBot.Storage.Feedback;

/// <summary>Votes on answers (migration 008); each vote is one write transaction.</summary>
public sealed class SqliteAnswerVotes(SqliteDatabase database) : IAnswerVotes
{
    public Task<VoteOutcome> CastAsync(VoteRequest vote, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vote);
        using var c = database.Open();
        using var tx = c.BeginTransaction(deferred: false);
        var key = new (string, object?)[] { ("$q", vote.QuestionId), ("$f", vote.FactId), ("$u", vote.UserId) };
        long? askedBy = null;
        string? reason = null;
        using (var read = Command(c, tx, "SELECT ask_update_id, reason FROM answer_votes WHERE question_id = $q AND fact_id = $f AND user_id = $u", key))
        using (var r = read.ExecuteReader())
        {
            if (r.Read())
            {
                askedBy = r.IsDBNull(0) ? null : r.GetInt64(0);
                reason = r.IsDBNull(1) ? null : r.GetString(1);
            }
        }
        // Asked once per voter and answer; the update that asked asks again when it is replayed after a crash.
        var ask = !vote.Up && (askedBy is null || (askedBy == vote.UpdateId && reason is null));
        Execute(c, tx, """
            INSERT INTO answer_votes (question_id, fact_id, user_id, chat_id, vote, ask_update_id, voted_at)
            VALUES ($q, $f, $u, $chat, $vote, $ask, $at)
            ON CONFLICT (question_id, fact_id, user_id) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at,
                ask_update_id = COALESCE(answer_votes.ask_update_id, excluded.ask_update_id)
            """, ("$q", vote.QuestionId), ("$f", vote.FactId), ("$u", vote.UserId), ("$chat", vote.ChatId), ("$vote", vote.Up ? 1 : -1),
            ("$ask", ask ? vote.UpdateId : null), ("$at", FactRows.WriteTime(vote.At)));
        int up, down;
        using (var tally = Command(c, tx, """
            SELECT COALESCE(SUM(vote = 1), 0), COALESCE(SUM(vote = -1), 0) FROM answer_votes WHERE question_id = $q AND fact_id = $f
            """, ("$q", vote.QuestionId), ("$f", vote.FactId)))
        using (var r = tally.ExecuteReader())
        {
            r.Read();
            (up, down) = (r.GetInt32(0), r.GetInt32(1));
        }
        tx.Commit();
        return Task.FromResult(new VoteOutcome(up, down, ask));
    }

    public Task<bool> SetReasonAsync(long questionId, string factId, long userId, string reason, CancellationToken cancellationToken = default)
    {
        using var c = database.Open();
        return Task.FromResult(Execute(c, null, """
            UPDATE answer_votes SET reason = $r WHERE question_id = $q AND fact_id = $f AND user_id = $u AND vote = -1
            """, ("$r", reason), ("$q", questionId), ("$f", factId), ("$u", userId)) == 1);
    }

    public Task<IReadOnlyList<FactVotes>> GetPerFactAsync(int limit, CancellationToken cancellationToken = default)
    {
        using var c = database.OpenForReading();
        using var command = Command(c, null, """
            SELECT fact_id, SUM(vote = 1) AS up, SUM(vote = -1) AS down FROM answer_votes
            GROUP BY fact_id ORDER BY down DESC, up DESC, fact_id LIMIT $n
            """, ("$n", limit));
        return Task.FromResult<IReadOnlyList<FactVotes>>(Read(command, r => new FactVotes(r.GetString(0), r.GetInt32(1), r.GetInt32(2))));
    }

    public Task<IReadOnlyList<VotedQuestion>> GetDownVotedQuestionsAsync(int limit, CancellationToken cancellationToken = default)
    {
        using var c = database.OpenForReading();
        using var command = Command(c, null, """
            SELECT v.question_id, q.question, v.fact_id, COUNT(*) AS down, COALESCE(GROUP_CONCAT(v.reason), '')
            FROM answer_votes v JOIN question_log q ON q.id = v.question_id
            WHERE v.vote = -1
            GROUP BY v.question_id, v.fact_id ORDER BY down DESC, MAX(v.voted_at) DESC LIMIT $n
            """, ("$n", limit));
        return Task.FromResult<IReadOnlyList<VotedQuestion>>(Read(command, r => new VotedQuestion(
            r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3), r.GetString(4).Split(',', StringSplitOptions.RemoveEmptyEntries))));
    }

    private static List<T> Read<T>(SqliteCommand command, Func<SqliteDataReader, T> map)
    {
        using var r = command.ExecuteReader();
        var list = new List<T>();
        while (r.Read())
        {
            list.Add(map(r));
        }
        return list;
    }
}
