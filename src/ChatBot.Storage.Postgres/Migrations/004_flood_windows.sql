-- Issue 13: the per-user flood limit shared by replicas. asked holds the times of the questions counted in the last
-- minute (at most Bot:QuestionsPerMinute of them); notified_at is when the user was last told to slow down.
CREATE TABLE flood_windows (
    user_id      BIGINT PRIMARY KEY,
    asked        TIMESTAMPTZ[] NOT NULL,
    notified_at  TIMESTAMPTZ,
    verdict      TEXT NOT NULL DEFAULT 'allow'
);
