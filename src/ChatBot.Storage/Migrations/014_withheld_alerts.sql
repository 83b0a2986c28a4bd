-- An /editfact alert preview's "Don't alert", kept so a stale preview cannot send the alert afterwards (a "Send alert"
-- is the alert itself, in alerts). decided_at is Unix milliseconds.
CREATE TABLE withheld_alerts (
    fact_id     TEXT NOT NULL,
    version     INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    decided_at  INTEGER NOT NULL,
    PRIMARY KEY (fact_id, version)
);
