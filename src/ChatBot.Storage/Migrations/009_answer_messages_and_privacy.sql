-- Issue 11 (groups, privacy, profile). 008 is taken by the answer votes of the same issue.
-- The bot's answer to each question message, so an edited question edits that answer in place.
CREATE TABLE answer_messages (
    chat_id              INTEGER NOT NULL,
    question_message_id  INTEGER NOT NULL,
    answer_message_id    INTEGER NOT NULL,
    user_id              INTEGER,
    answered_at          TEXT NOT NULL,
    PRIMARY KEY (chat_id, question_message_id)
);
CREATE INDEX ix_answer_messages_user ON answer_messages (user_id);
CREATE INDEX ix_answer_messages_at ON answer_messages (answered_at);

-- /forgetme finds a user's questions, and the daily prune finds old ones, without a table scan.
CREATE INDEX ix_question_log_user ON question_log (user_id);
CREATE INDEX ix_question_log_asked ON question_log (asked_at);
