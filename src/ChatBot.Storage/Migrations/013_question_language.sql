-- Issue 12: the language a logged question was read in (en, uk, ru, de, fr), so /unanswered can show it and attach
-- the question in that language. Rows logged before this are NULL and detected again from their text.
ALTER TABLE question_log ADD COLUMN language TEXT;
