-- Curation: questions taken off the unanswered report (attached as an alternate question or dismissed),
-- and an index for reading a fact's audit trail.
CREATE TABLE IF NOT EXISTS curation_question_resolutions (
    question_key  TEXT PRIMARY KEY,
    resolution    TEXT NOT NULL CHECK (resolution IN ('dismissed', 'alias')),
    fact_id       TEXT,
    resolved_by   TEXT NOT NULL,
    resolved_at   TEXT NOT NULL
);

CREATE INDEX IF NOT EXISTS ix_audit_log_target ON audit_log (target, id);
