-- Issue 12: the interface language a user chose with /language. No row: automatic (Telegram's language_code).
-- Plain columns and one upsert/delete per change, so the contract ports as is to other databases.
CREATE TABLE user_languages (
    user_id     INTEGER PRIMARY KEY,
    language    TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
