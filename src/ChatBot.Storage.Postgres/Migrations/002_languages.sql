-- Issue 12, as SQLite migrations 010 and 011: the interface language a user chose with /language (no row: automatic,
-- Telegram's language_code), the language a chat subscribed in ('en', 'uk', 'ru'; NULL: English), and an alert's text
-- per language besides the English one in alerts.html.
CREATE TABLE user_languages (
    user_id     BIGINT PRIMARY KEY,
    language    TEXT NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL
);

ALTER TABLE subscribers ADD COLUMN language TEXT;

CREATE TABLE alert_texts (
    alert_id  BIGINT NOT NULL REFERENCES alerts (id),
    language  TEXT NOT NULL,
    html      TEXT NOT NULL,
    PRIMARY KEY (alert_id, language)
);
-- A delivery takes the text in its chat's language: a private chat's /language choice (user_languages) first,
-- else the language it subscribed in, else alerts.html.
