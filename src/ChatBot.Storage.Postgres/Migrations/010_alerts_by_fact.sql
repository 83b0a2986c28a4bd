-- A delivery's claim looks for a newer alert of the same fact to the same chat (never send an older answer after a
-- newer one): alerts by fact, newest last.
CREATE INDEX ix_alerts_fact ON alerts (fact_id, id) WHERE kind = 'fact';
