-- The schema of the SQLite store after its migration 009, in PostgreSQL types: the same tables, keys and states, so
-- every store keeps the Core contracts. Times are timestamptz; a delivery's due time and lease stay Unix milliseconds
-- (the lease value is the claim's token and is compared for equality); lists are the same JSON text as in SQLite.
CREATE TABLE sources (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    outlet      TEXT NOT NULL,
    url         TEXT,
    published   DATE,
    text        TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);
CREATE UNIQUE INDEX ix_sources_url ON sources (url) WHERE url IS NOT NULL;

CREATE TABLE facts (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    question    TEXT NOT NULL,
    alternates  TEXT NOT NULL,
    answer      TEXT NOT NULL,
    tags        TEXT NOT NULL,
    as_of       DATE NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('active', 'retired')),
    version     INTEGER NOT NULL,
    notify      BOOLEAN NOT NULL DEFAULT TRUE,
    created_by  TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    updated_by  TEXT NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE fact_quotes (
    fact_id     TEXT NOT NULL REFERENCES facts (id),
    ord         INTEGER NOT NULL,
    source_id   TEXT NOT NULL REFERENCES sources (id),
    text        TEXT NOT NULL,
    PRIMARY KEY (fact_id, ord)
);

-- seq: insertion order, which the change feed reads newest first (SQLite's rowid).
CREATE TABLE fact_versions (
    seq         BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,
    fact_id     TEXT NOT NULL REFERENCES facts (id),
    version     INTEGER NOT NULL,
    action      TEXT NOT NULL,
    snapshot    TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    changed_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (fact_id, version)
);

CREATE TABLE audit_log (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at          TIMESTAMPTZ NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    target      TEXT NOT NULL,
    detail      TEXT
);
CREATE INDEX ix_audit_log_target ON audit_log (target, id);

CREATE TABLE synonym_groups (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    words       TEXT NOT NULL
);

CREATE TABLE meta (
    key         TEXT PRIMARY KEY,
    value       BIGINT NOT NULL
);
INSERT INTO meta (key, value) VALUES ('revision', 0);

-- The inbox: unique on the update id (a redelivered update is stored once). claimed_by/claimed_until keep other
-- replicas off an update one replica is handling, until the claim expires.
CREATE TABLE telegram_inbox (
    update_id      BIGINT PRIMARY KEY,
    kind           TEXT NOT NULL,
    payload        TEXT NOT NULL,
    received_at    TIMESTAMPTZ NOT NULL,
    state          TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    attempts       INTEGER NOT NULL DEFAULT 0,
    finished_at    TIMESTAMPTZ,
    error          TEXT,
    claimed_by     TEXT,
    claimed_until  TIMESTAMPTZ
);
CREATE INDEX ix_telegram_inbox_pending ON telegram_inbox (update_id) WHERE state = 'pending';

CREATE TABLE question_log (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    update_id       BIGINT UNIQUE,
    asked_at        TIMESTAMPTZ NOT NULL,
    chat_id         BIGINT NOT NULL,
    user_id         BIGINT,
    chat_type       TEXT NOT NULL,
    question        TEXT NOT NULL,
    answered        BOOLEAN NOT NULL,
    fact_id         TEXT,
    confidence      DOUBLE PRECISION NOT NULL,
    alternatives    TEXT NOT NULL,
    chosen_fact_id  TEXT,
    chosen_at       TIMESTAMPTZ
);
CREATE INDEX ix_question_log_unanswered ON question_log (asked_at) WHERE NOT answered;
CREATE INDEX ix_question_log_chosen ON question_log (chosen_at) WHERE chosen_fact_id IS NOT NULL;
CREATE INDEX ix_question_log_user ON question_log (user_id);
CREATE INDEX ix_question_log_asked ON question_log (asked_at);

CREATE TABLE curation_question_resolutions (
    question_key  TEXT PRIMARY KEY,
    resolution    TEXT NOT NULL CHECK (resolution IN ('dismissed', 'alias')),
    fact_id       TEXT,
    resolved_by   TEXT NOT NULL,
    resolved_at   TIMESTAMPTZ NOT NULL
);

CREATE TABLE subscribers (
    chat_id             BIGINT PRIMARY KEY,
    active              BOOLEAN NOT NULL DEFAULT TRUE,
    deactivated_reason  TEXT,
    created_at          TIMESTAMPTZ NOT NULL,
    updated_at          TIMESTAMPTZ NOT NULL
);

-- tag is a lower-case fact tag, or '*' for every update.
CREATE TABLE subscriptions (
    chat_id     BIGINT NOT NULL REFERENCES subscribers (chat_id) ON DELETE CASCADE,
    tag         TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (chat_id, tag)
);
CREATE INDEX ix_subscriptions_tag ON subscriptions (tag);

-- tags: the normalised topics a fact alert was fanned out for (JSON array); NULL for a broadcast.
-- update_id: the update that created the alert, so a replayed command cannot create a second one.
CREATE TABLE alerts (
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind          TEXT NOT NULL CHECK (kind IN ('fact', 'broadcast')),
    fact_id       TEXT,
    fact_version  INTEGER,
    tags          JSONB,
    html          TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL,
    update_id     BIGINT
);
CREATE UNIQUE INDEX ux_alerts_update ON alerts (update_id, COALESCE(fact_id, '')) WHERE update_id IS NOT NULL;

-- One row per (alert, chat): the unique key is what makes a second delivery impossible to enqueue.
CREATE TABLE deliveries (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    alert_id          BIGINT NOT NULL REFERENCES alerts (id),
    chat_id           BIGINT NOT NULL,
    state             TEXT NOT NULL CHECK (state IN ('queued', 'sending', 'sent', 'failed', 'blocked', 'cancelled')),
    attempts          INTEGER NOT NULL DEFAULT 0,
    next_attempt_at   BIGINT NOT NULL,
    last_error        TEXT,
    message_id        INTEGER,
    sent_at           TIMESTAMPTZ,
    lease_expires_at  BIGINT,
    UNIQUE (alert_id, chat_id)
);
CREATE INDEX ix_deliveries_due ON deliveries (next_attempt_at, id) WHERE state = 'queued';
CREATE INDEX ix_deliveries_chat ON deliveries (chat_id) WHERE state IN ('queued', 'sending');
CREATE INDEX ix_deliveries_lease ON deliveries (lease_expires_at) WHERE state = 'sending';

CREATE TABLE command_receipts (
    update_id   BIGINT PRIMARY KEY,
    chat_id     BIGINT NOT NULL,
    command     TEXT NOT NULL,
    replies     TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL
);

CREATE TABLE answer_votes (
    question_id    BIGINT NOT NULL,
    fact_id        TEXT NOT NULL,
    user_id        BIGINT NOT NULL,
    chat_id        BIGINT NOT NULL,
    vote           SMALLINT NOT NULL CHECK (vote IN (-1, 1)),
    reason         TEXT CHECK (reason IN ('wrong', 'outdated', 'unanswered')),
    ask_update_id  BIGINT,
    voted_at       TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (question_id, fact_id, user_id)
);
CREATE INDEX ix_answer_votes_fact ON answer_votes (fact_id, vote);

CREATE TABLE answer_messages (
    chat_id              BIGINT NOT NULL,
    question_message_id  INTEGER NOT NULL,
    answer_message_id    INTEGER NOT NULL,
    user_id              BIGINT,
    answered_at          TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (chat_id, question_message_id)
);
CREATE INDEX ix_answer_messages_user ON answer_messages (user_id);
CREATE INDEX ix_answer_messages_at ON answer_messages (answered_at);
