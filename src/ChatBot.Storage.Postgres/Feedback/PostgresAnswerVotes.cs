using ChatBot.Core.Feedback;

namespace ChatBot.Storage.Postgres.Feedback;

/// <summary>Votes on answers; each vote is one transaction holding the voter's row.</summary>
public sealed class PostgresAnswerVotes(PostgresDatabase database) : IAnswerVotes
{
    public async Task<VoteOutcome> CastAsync(VoteRequest vote, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(vote);
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var tx = await c.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        (string, object?)[] key = [("q", vote.QuestionId), ("f", vote.FactId), ("u", vote.UserId)];
        var existing = (await Pg.ReadAsync(c, tx, "SELECT ask_update_id, reason FROM answer_votes WHERE question_id = @q AND fact_id = @f AND user_id = @u FOR UPDATE",
            r => (AskedBy: Pg.LongOrNull(r, 0), Reason: Pg.StringOrNull(r, 1)), key).ConfigureAwait(false)).FirstOrDefault();
        // Asked once per voter and answer; the update that asked asks again when it is replayed after a crash.
        var ask = !vote.Up && (existing.AskedBy is null || (existing.AskedBy == vote.UpdateId && existing.Reason is null));
        await Pg.ExecuteAsync(c, tx, """
            INSERT INTO answer_votes (question_id, fact_id, user_id, chat_id, vote, ask_update_id, voted_at)
            VALUES (@q, @f, @u, @chat, @vote, @ask, @at)
            ON CONFLICT (question_id, fact_id, user_id) DO UPDATE SET vote = excluded.vote, voted_at = excluded.voted_at,
                ask_update_id = COALESCE(answer_votes.ask_update_id, excluded.ask_update_id)
            """, ("q", vote.QuestionId), ("f", vote.FactId), ("u", vote.UserId), ("chat", vote.ChatId), ("vote", (short)(vote.Up ? 1 : -1)),
            ("ask", ask ? vote.UpdateId : null), ("at", vote.At)).ConfigureAwait(false);
        var (up, down) = (await Pg.ReadAsync(c, tx, """
            SELECT (COUNT(*) FILTER (WHERE vote = 1))::int, (COUNT(*) FILTER (WHERE vote = -1))::int FROM answer_votes WHERE question_id = @q AND fact_id = @f
            """, r => (r.GetInt32(0), r.GetInt32(1)), ("q", vote.QuestionId), ("f", vote.FactId)).ConfigureAwait(false))[0];
        await tx.CommitAsync(cancellationToken).ConfigureAwait(false);
        return new VoteOutcome(up, down, ask);
    }

    public async Task<bool> SetReasonAsync(long questionId, string factId, long userId, string reason, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Pg.ExecuteAsync(c, null, "UPDATE answer_votes SET reason = @r WHERE question_id = @q AND fact_id = @f AND user_id = @u AND vote = -1",
            ("r", reason), ("q", questionId), ("f", factId), ("u", userId)).ConfigureAwait(false) == 1;
    }

    public async Task<IReadOnlyList<FactVotes>> GetPerFactAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Pg.ReadAsync(c, null, """
            SELECT fact_id, (COUNT(*) FILTER (WHERE vote = 1))::int AS up, (COUNT(*) FILTER (WHERE vote = -1))::int AS down FROM answer_votes
            GROUP BY fact_id ORDER BY down DESC, up DESC, fact_id LIMIT @n
            """, r => new FactVotes(r.GetString(0), r.GetInt32(1), r.GetInt32(2)), ("n", limit)).ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<VotedQuestion>> GetDownVotedQuestionsAsync(int limit, CancellationToken cancellationToken = default)
    {
        await using var c = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await Pg.ReadAsync(c, null, """
            SELECT v.question_id, q.question, v.fact_id, COUNT(*)::int AS down, COALESCE(string_agg(v.reason, ','), '')
            FROM answer_votes v JOIN question_log q ON q.id = v.question_id
            WHERE v.vote = -1
            GROUP BY v.question_id, q.question, v.fact_id ORDER BY down DESC, MAX(v.voted_at) DESC LIMIT @n
            """, r => new VotedQuestion(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetInt32(3),
                r.GetString(4).Split(',', StringSplitOptions.RemoveEmptyEntries)), ("n", limit)).ConfigureAwait(false);
    }
}
