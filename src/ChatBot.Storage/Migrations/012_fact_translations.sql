-- Issue 12: curated translations. A fact's answer and questions per language (uk, ru, de, fr), as a JSON array of
-- {"language", "answer", "questions"} in that order; versioned with the fact (its snapshot in fact_versions holds them).
ALTER TABLE facts ADD COLUMN translations TEXT NOT NULL DEFAULT '[]';
