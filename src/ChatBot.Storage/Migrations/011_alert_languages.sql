-- Issue 12: alerts in each subscriber's language. The language a chat subscribed in ('en', 'uk', 'ru'; NULL before
-- this migration: English), and an alert's text per language besides the English one in alerts.html.
ALTER TABLE subscribers ADD COLUMN language TEXT;

CREATE TABLE alert_texts (
    alert_id  INTEGER NOT NULL REFERENCES alerts (id),
    language  TEXT NOT NULL,
    html      TEXT NOT NULL,
    PRIMARY KEY (alert_id, language)
);
-- A delivery takes the text in its chat's language: a private chat's /language choice (user_languages, 010) first,
-- else the language it subscribed in, else alerts.html.
