-- Subscribers, their topics, alerts and the delivery outbox the dispatcher drains.
CREATE TABLE subscribers (
    chat_id             INTEGER PRIMARY KEY,
    active              INTEGER NOT NULL DEFAULT 1,
    deactivated_reason  TEXT,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL
);

-- tag is a lower-case fact tag, or '*' for every update.
CREATE TABLE subscriptions (
    chat_id     INTEGER NOT NULL REFERENCES subscribers (chat_id) ON DELETE CASCADE,
    tag         TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    PRIMARY KEY (chat_id, tag)
);
CREATE INDEX ix_subscriptions_tag ON subscriptions (tag);

CREATE TABLE alerts (
    id            INTEGER PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('fact', 'broadcast')),
    fact_id       TEXT,
    fact_version  INTEGER,
    html          TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    created_at    TEXT NOT NULL
);

-- One row per (alert, chat): the unique key is what makes a second delivery impossible to enqueue.
-- next_attempt_at is Unix milliseconds so the dispatcher's due query is a plain integer range scan.
CREATE TABLE deliveries (
    id               INTEGER PRIMARY KEY,
    alert_id         INTEGER NOT NULL REFERENCES alerts (id),
    chat_id          INTEGER NOT NULL,
    state            TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'blocked')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL,
    last_error       TEXT,
    message_id       INTEGER,
    sent_at          TEXT,
    UNIQUE (alert_id, chat_id)
);
CREATE INDEX ix_deliveries_due ON deliveries (next_attempt_at, id) WHERE state = 'queued';
CREATE INDEX ix_deliveries_chat ON deliveries (chat_id) WHERE state IN ('queued', 'sending');
