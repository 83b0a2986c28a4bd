-- Candidates now come from the in-memory index's postings (ChatBot.Core/Matching/CandidateWalk): the full-text
-- table was only ever queried by the matcher, and keeping it cost every curation write and doubled the file.
DROP TABLE IF EXISTS facts_fts;
