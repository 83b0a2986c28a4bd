-- Exactly-once commands: the replies a state-changing command produced, written in the change's own transaction and
-- keyed by the Telegram update, so a replayed update resends them instead of applying the change again.
CREATE TABLE command_receipts (
    update_id   INTEGER PRIMARY KEY,
    chat_id     INTEGER NOT NULL,
    command     TEXT NOT NULL,
    replies     TEXT NOT NULL,
    created_at  TEXT NOT NULL
);

-- The update that created an alert: a replayed /broadcast or edit cannot create a second alert for it.
ALTER TABLE alerts ADD COLUMN update_id INTEGER;
CREATE UNIQUE INDEX ux_alerts_update ON alerts (update_id, IFNULL(fact_id, '')) WHERE update_id IS NOT NULL;
