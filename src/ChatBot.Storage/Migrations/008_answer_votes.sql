-- Feedback on answers: one vote per user per answer (the question it answered, or 0 for a fact opened directly, and
-- the fact shown), changeable. ask_update_id is the update whose down-vote asked "What was wrong?": the question is
-- asked once per vote, and a replay of that same update asks it again rather than losing it.
CREATE TABLE answer_votes (
    question_id    INTEGER NOT NULL,
    fact_id        TEXT NOT NULL,
    user_id        INTEGER NOT NULL,
    chat_id        INTEGER NOT NULL,
    vote           INTEGER NOT NULL CHECK (vote IN (-1, 1)),
    reason         TEXT CHECK (reason IN ('wrong', 'outdated', 'unanswered')),
    ask_update_id  INTEGER,
    voted_at       TEXT NOT NULL,
    PRIMARY KEY (question_id, fact_id, user_id)
);
CREATE INDEX ix_answer_votes_fact ON answer_votes (fact_id, vote);
