-- Deliveries gain a terminal 'cancelled' state (the chat unsubscribed before its turn) and a lease: a row claimed
-- for sending holds lease_expires_at (Unix milliseconds); if no outcome is recorded by then, the running dispatcher
-- puts it back in the queue (at-least-once, counted against MaxAttempts) instead of waiting for a restart.
-- The lease value is also the claim's token: an outcome is recorded only for the claim that holds it.
-- Alerts remember the topics they were fanned out for, so a partial /unsubscribe cancels only the deliveries no
-- remaining topic covers. Alerts from before this migration keep NULL (covered by any subscription): their tags
-- would have to be normalised as Topics.Normalize does (trimmed, '#' dropped, spaces to '-', Unicode lower case),
-- which SQL cannot, and a mismatch would cancel an alert a subscriber still follows.
ALTER TABLE alerts ADD COLUMN tags TEXT;

-- SQLite cannot alter a CHECK constraint: the table is rebuilt with the same rows and ids.
CREATE TABLE deliveries_new (
    id                INTEGER PRIMARY KEY,
    alert_id          INTEGER NOT NULL REFERENCES alerts (id),
    chat_id           INTEGER NOT NULL,
    state             TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'blocked', 'cancelled')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   INTEGER NOT NULL,
    last_error        TEXT,
    message_id        INTEGER,
    sent_at           TEXT,
    lease_expires_at  INTEGER,
    UNIQUE (alert_id, chat_id)
);
INSERT INTO deliveries_new (id, alert_id, chat_id, state, attempts, next_attempt_at, last_error, message_id, sent_at)
SELECT id, alert_id, chat_id, state, attempts, next_attempt_at, last_error, message_id, sent_at FROM deliveries;
DROP TABLE deliveries;
ALTER TABLE deliveries_new RENAME TO deliveries;
CREATE INDEX ix_deliveries_due ON deliveries (next_attempt_at, id) WHERE state = 'queued';
CREATE INDEX ix_deliveries_chat ON deliveries (chat_id) WHERE state IN ('queued', 'sending');
CREATE INDEX ix_deliveries_lease ON deliveries (lease_expires_at) WHERE state = 'sending';
