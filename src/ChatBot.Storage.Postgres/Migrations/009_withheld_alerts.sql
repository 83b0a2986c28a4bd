-- An /editfact alert preview's "Don't alert", kept so a stale preview cannot send the alert afterwards (a "Send alert"
-- is the alert itself, in alerts).
CREATE TABLE withheld_alerts (
    fact_id     TEXT NOT NULL,
    version     INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    decided_at  TIMESTAMPTZ NOT NULL,
    PRIMARY KEY (fact_id, version)
);
