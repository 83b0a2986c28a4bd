-- Sources, facts with their quotes, version history, audit trail, synonyms and the full-text index.
CREATE TABLE sources (
    id          TEXT PRIMARY KEY,
    title       TEXT NOT NULL,
    outlet      TEXT NOT NULL,
    url         TEXT,
    published   TEXT,
    text        TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX ix_sources_url ON sources (url) WHERE url IS NOT NULL;

CREATE TABLE facts (
    seq         INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    question    TEXT NOT NULL,
    alternates  TEXT NOT NULL,
    answer      TEXT NOT NULL,
    tags        TEXT NOT NULL,
    as_of       TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('active', 'retired')),
    version     INTEGER NOT NULL,
    notify      INTEGER NOT NULL DEFAULT 1,
    created_by  TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    updated_by  TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);

CREATE TABLE fact_quotes (
    fact_id     TEXT NOT NULL REFERENCES facts (id),
    ord         INTEGER NOT NULL,
    source_id   TEXT NOT NULL REFERENCES sources (id),
    text        TEXT NOT NULL,
    PRIMARY KEY (fact_id, ord)
);

CREATE TABLE fact_versions (
    fact_id     TEXT NOT NULL REFERENCES facts (id),
    version     INTEGER NOT NULL,
    action      TEXT NOT NULL,
    snapshot    TEXT NOT NULL,
    changed_by  TEXT NOT NULL,
    changed_at  TEXT NOT NULL,
    PRIMARY KEY (fact_id, version)
);

CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    target      TEXT NOT NULL,
    detail      TEXT
);

CREATE TABLE synonym_groups (
    id          INTEGER PRIMARY KEY,
    words       TEXT NOT NULL
);

CREATE TABLE meta (
    key         TEXT PRIMARY KEY,
    value       INTEGER NOT NULL
);
INSERT INTO meta (key, value) VALUES ('revision', 0);

-- Only active facts are indexed; rowid = facts.seq. Weights are given per query with bm25().
CREATE VIRTUAL TABLE facts_fts USING fts5 (
    question, alternates, answer, quotes, tags,
    tokenize = 'porter unicode61 remove_diacritics 2'
);
