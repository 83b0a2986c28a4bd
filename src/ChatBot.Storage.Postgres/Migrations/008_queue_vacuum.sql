-- Issue 13: the inbox and the chat claims are queues. Every finished update leaves an entry in the pending indexes
-- that only a vacuum removes, and each claim walks over those entries from the oldest one; with the default (a fifth
-- of the table dead first) a large inbox piled up tens of thousands of them between vacuums. A fixed number of dead
-- rows starts one instead (checked once per autovacuum_naptime, a minute by default).
ALTER TABLE telegram_inbox SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 2000,
                                autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 5000,
                                autovacuum_vacuum_cost_delay = 0);
ALTER TABLE chat_claims SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 1000,
                             autovacuum_vacuum_cost_delay = 0);
