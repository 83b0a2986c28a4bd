-- Telegram updates kept from receipt until handled (exactly-once across crashes), and the question log for curators.
CREATE TABLE telegram_inbox (
    update_id   INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL,
    payload     TEXT NOT NULL,
    received_at TEXT NOT NULL,
    state       TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    finished_at TEXT,
    error       TEXT
);
CREATE INDEX ix_telegram_inbox_pending ON telegram_inbox (update_id) WHERE state = 'pending';

CREATE TABLE question_log (
    id              INTEGER PRIMARY KEY,
    update_id       INTEGER UNIQUE,
    asked_at        TEXT NOT NULL,
    chat_id         INTEGER NOT NULL,
    user_id         INTEGER,
    chat_type       TEXT NOT NULL,
    question        TEXT NOT NULL,
    answered        INTEGER NOT NULL,
    fact_id         TEXT,
    confidence      REAL NOT NULL,
    alternatives    TEXT NOT NULL,
    chosen_fact_id  TEXT,
    chosen_at       TEXT
);
CREATE INDEX ix_question_log_unanswered ON question_log (asked_at) WHERE answered = 0;
CREATE INDEX ix_question_log_chosen ON question_log (chosen_at) WHERE chosen_fact_id IS NOT NULL;
