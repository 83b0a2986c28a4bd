namespace ChatBot.Storage.Postgres.Conversations;

/// <summary>The statements of <see cref="PostgresChatClaims"/>: claiming, finishing and failing, each one round trip.</summary>
public sealed partial class PostgresChatClaims
{
    private const string ClaimSql = ClaimHead + ClaimTail;

    // One claim for a whole group of finishes (FinishGroup), sent after all of them, so it sees every chat they freed:
    // an update for each finish made with CompleteSql (@others) and for each made with CompleteKeepingChatSql
    // (@keeping) whose chat is not held by us under another update, i.e. was not kept (a one-time count before the
    // scan, so a group that claims nothing skips the scan too).
    internal const string ClaimForGroupSql = ClaimHead + ClaimFilter + """
            LIMIT @others + (SELECT count(*) FROM unnest(@keeping) AS f(id)
                             WHERE NOT EXISTS (SELECT 1 FROM chat_claims h
                                               WHERE h.claimed_by = @me AND h.update_id <> f.id
                                                 AND h.chat_key = (SELECT COALESCE(x.chat_key, 'n' || x.update_id) FROM telegram_inbox x WHERE x.update_id = f.id)))
        """ + ClaimRest;

    private const string ClaimHead = """
        WITH next AS (
            SELECT i.update_id, COALESCE(i.chat_key, 'n' || i.update_id) AS chat_key
            FROM telegram_inbox i
            WHERE i.state = 'pending'

        """;

    private const string ClaimTail = ClaimFilter + """
            LIMIT @max
        """ + ClaimRest;

    // The oldest pending updates are mostly the ones in flight, whose chats are held. Such an update carries its
    // chat claim's lease on its own row (a claim, renewal or takeover sets both; finishing or handing back clears both;
    // a stored but never started update has no attempts yet), so it is passed over on the row it was read from, and
    // chat_claims is probed only for the few candidates left, which settles it. (Reading the live claims into a hash
    // instead cost a scan of chat_claims, 78 pages mid-burst for 37 live claims: its deleted rows' space is reused
    // only after a vacuum.) Both checks stay one index probe per candidate (OFFSET 0 keeps each a subplan): as joins
    // the generic plan read all of chat_claims (87 pages mid-burst, auto_explain) and could read every pending update.
    private const string ClaimFilter = """
              AND NOT EXISTS (SELECT 1 FROM telegram_inbox o
                              WHERE o.state = 'pending' AND o.chat_key = i.chat_key AND o.update_id < i.update_id OFFSET 0)
              AND (i.attempts = 0 OR i.claimed_until IS NULL OR i.claimed_until <= @now)
              AND NOT EXISTS (SELECT 1 FROM chat_claims k
                              WHERE k.chat_key = COALESCE(i.chat_key, 'n' || i.update_id) AND k.claimed_until > @now OFFSET 0)
            ORDER BY i.update_id
        """;

    private const string ClaimRest = """
            FOR UPDATE OF i SKIP LOCKED),
        claim AS (
            INSERT INTO chat_claims (chat_key, update_id, claimed_by, claimed_until)
            SELECT chat_key, update_id, @me, @until FROM next
            ON CONFLICT (chat_key) DO UPDATE
                SET update_id = EXCLUDED.update_id, claimed_by = EXCLUDED.claimed_by, claimed_until = EXCLUDED.claimed_until
                WHERE chat_claims.claimed_until <= @now
            RETURNING update_id)
        UPDATE telegram_inbox i SET claimed_by = @me, claimed_until = @until, attempts = i.attempts + 1
        FROM claim WHERE i.update_id = claim.update_id
        RETURNING i.update_id, i.kind, i.payload, i.received_at, i.attempts
        """;

    private const string HeldColumn = "claim_held";

    // The update's own row, locked first and only while it is still at the attempt this holder began: a takeover
    // (which always begins another attempt) that commits meanwhile is seen here, where the lock re-reads the row, so a
    // stale holder never frees or moves the claim of whoever took over, this replica's other workers included. Locking
    // the update before the claim row is also the order a claim takes, so a finish and a takeover never deadlock.
    private const string MineSql = "SELECT update_id FROM telegram_inbox WHERE update_id = @id AND attempts = @attempts FOR UPDATE";

    // Makes the finishing update wait for `mine` (an init plan runs before the scan): a row this statement had already
    // updated would no longer be locked by `mine`, and the holder would be told its claim was gone.
    private const string AfterMine = "(SELECT count(*) FROM mine) >= 0";

    // Whoever finishes it (a holder whose lease ran out included), the update is handled; but only our own claim is
    // freed, so a replica that took the chat over keeps it until it finishes too. Ours means our name and the attempt
    // that claim began: a takeover by this same replica (one worker stalled past the lease) begins another. The one row
    // tells the caller whether another replica may have handled the update too, at the cost of no extra round trip.
    private const string CompleteSql = $"""
        WITH mine AS ({MineSql}),
        freed AS (
            DELETE FROM chat_claims k USING mine WHERE k.update_id = mine.update_id AND k.claimed_by = @me
            RETURNING k.update_id),
        finished AS (
            UPDATE telegram_inbox SET state = 'done', finished_at = @at, error = NULL, claimed_by = NULL, claimed_until = NULL
            WHERE update_id = @id AND state = 'pending' AND {AfterMine}
            RETURNING update_id)
        SELECT EXISTS (SELECT 1 FROM freed) AS {HeldColumn}, EXISTS (SELECT 1 FROM finished) AS was_pending
        """;

    // As CompleteSql frees and finishes, but only while the update is still at this holder's attempt: unlike an
    // answer already sent, a failure leaves nothing to keep, and a takeover may yet handle the update. The one row says
    // whether the failure was recorded and, when not, whether the update is still pending (to the taker) or was
    // finished already: read in the statement's snapshot, which a takeover the lock waited on does not change.
    private const string FailSql = $"""
        WITH mine AS ({MineSql}),
        freed AS (DELETE FROM chat_claims k USING mine WHERE k.update_id = mine.update_id AND k.claimed_by = @me),
        failed AS (
            UPDATE telegram_inbox SET state = 'failed', finished_at = @at, error = @error, claimed_by = NULL, claimed_until = NULL
            WHERE update_id = @id AND attempts = @attempts AND state = 'pending' AND {AfterMine}
            RETURNING update_id)
        SELECT EXISTS (SELECT 1 FROM failed) AS {HeldColumn},
               EXISTS (SELECT 1 FROM telegram_inbox WHERE update_id = @id AND state = 'pending') AS was_pending
        """;

    // Finishes the update and, when we still hold its chat (as CompleteSql tells) and the chat has another pending
    // update, moves the claim to that update (the chat's oldest, as a claim would pick) instead of freeing the chat: no
    // scan for a free chat. The next update is locked before the claim row, the order of ClaimSql, so the two never
    // wait on each other in a cycle; it is one index probe of its chat (LATERAL): as a plain join it read all the
    // chat's pending updates, and in one benchmark run over 2,000 buffers a call;
    // the update being finished still counts as pending in this statement's snapshot, so it is left out by id.
    // The claim counts as held only when the move or the delete, which re-read the claim row under its lock, found it.
    private const string CompleteKeepingChatSql = $"""
        WITH mine AS ({MineSql}),
        held AS (
            SELECT k.chat_key FROM chat_claims k JOIN mine ON mine.update_id = k.update_id WHERE k.claimed_by = @me),
        next AS (
            SELECT o.update_id, o.chat_key FROM held, LATERAL (
                SELECT p.update_id, p.chat_key FROM telegram_inbox p
                WHERE p.chat_key = held.chat_key AND p.state = 'pending' AND p.update_id <> @id
                ORDER BY p.update_id LIMIT 1
                FOR UPDATE) o),
        moved AS (
            UPDATE chat_claims k SET update_id = next.update_id, claimed_until = @until
            FROM next WHERE k.chat_key = next.chat_key AND k.update_id = @id AND k.claimed_by = @me
            RETURNING k.update_id),
        freed AS (
            DELETE FROM chat_claims WHERE update_id = @id AND claimed_by = @me
                AND EXISTS (SELECT 1 FROM held) AND NOT EXISTS (SELECT 1 FROM next)
            RETURNING update_id),
        finished AS (
            UPDATE telegram_inbox SET state = 'done', finished_at = @at, error = NULL, claimed_by = NULL, claimed_until = NULL
            WHERE update_id = @id AND state = 'pending' AND {AfterMine}
            RETURNING update_id),
        began AS (
            UPDATE telegram_inbox i SET claimed_by = @me, claimed_until = @until, attempts = i.attempts + 1
            FROM moved WHERE i.update_id = moved.update_id
            RETURNING i.update_id, i.kind, i.payload, i.received_at, i.attempts)
        SELECT EXISTS (SELECT 1 FROM moved) OR EXISTS (SELECT 1 FROM freed) AS {HeldColumn},
               EXISTS (SELECT 1 FROM finished) AS was_pending,
               b.update_id, b.kind, b.payload, b.received_at, b.attempts
        FROM (SELECT) AS one LEFT JOIN began b ON true
        """;
}
