-- Issue 13: updates of one chat handled in order, one at a time, across replicas. chat_key is the update's chat
-- ('c<chat id>') or user ('u<user id>'), NULL when it names neither; a claim holds a chat and its oldest pending update
-- until claimed_until.
ALTER TABLE telegram_inbox ADD COLUMN chat_key TEXT;
CREATE INDEX ix_telegram_inbox_pending_chat ON telegram_inbox (chat_key, update_id) WHERE state = 'pending';

CREATE TABLE chat_claims (
    chat_key       TEXT PRIMARY KEY,
    update_id      BIGINT NOT NULL,
    claimed_by     TEXT NOT NULL,
    claimed_until  TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX ux_chat_claims_update ON chat_claims (update_id);
