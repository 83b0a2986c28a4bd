-- Issue 13: a counter that moves with every /language choice, read with the facts' revision, so a replica can keep
-- users' choices in memory and still see another replica's change within the revision's reuse window.
INSERT INTO meta (key, value) VALUES ('languages', 0) ON CONFLICT (key) DO NOTHING;
