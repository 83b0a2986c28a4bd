using ChatBot.Core.Conversations;

namespace ChatBot.Storage.Postgres.Conversations;

/// <summary>
/// The flood window shared by replicas: one upsert per check, so two replicas counting the same user at once are
/// serialised by the row lock and neither lets a question past the limit. The row keeps only the last minute's
/// times, so it stays as small as the limit.
/// </summary>
public sealed class PostgresFloodWindow(PostgresDatabase database) : IFloodWindow
{
    public async Task<FloodDecision> CheckAsync(long userId, int perMinute, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        // Sent with the other workers' records of the moment, in the order of their users (see RecordGroup). Every SET
        // expression sees the row as it was, so "kept" (the times still inside the window) is spelled out where it is
        // used; the verdict is stored with the row so RETURNING can tell which branch was taken.
        var verdict = await database.Records.ScalarAsync(userId, """
            INSERT INTO flood_windows AS w (user_id, asked, verdict) VALUES (@user, ARRAY[@now]::timestamptz[], 'allow')
            ON CONFLICT (user_id) DO UPDATE SET
                asked = CASE WHEN cardinality(ARRAY(SELECT t FROM unnest(w.asked) t WHERE t > @since)) < @limit
                             THEN ARRAY(SELECT t FROM unnest(w.asked) t WHERE t > @since ORDER BY t) || @now
                             ELSE ARRAY(SELECT t FROM unnest(w.asked) t WHERE t > @since ORDER BY t) END,
                notified_at = CASE WHEN cardinality(ARRAY(SELECT t FROM unnest(w.asked) t WHERE t > @since)) < @limit THEN w.notified_at
                                   WHEN w.notified_at IS NULL OR w.notified_at <= @since THEN @now
                                   ELSE w.notified_at END,
                verdict = CASE WHEN cardinality(ARRAY(SELECT t FROM unnest(w.asked) t WHERE t > @since)) < @limit THEN 'allow'
                               WHEN w.notified_at IS NULL OR w.notified_at <= @since THEN 'notify'
                               ELSE 'drop' END
            RETURNING verdict
            """, [("user", userId), ("now", now), ("since", now - TimeSpan.FromMinutes(1)), ("limit", Math.Max(1, perMinute))], cancellationToken)
            .ConfigureAwait(false);
        return verdict switch
        {
            "notify" => FloodDecision.Notify,
            "drop" => FloodDecision.Drop,
            _ => FloodDecision.Allow,
        };
    }
}
