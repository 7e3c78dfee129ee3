-- Organisation values (the values-fit map) and assisted-coding suggestions.
CREATE TABLE org_values (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE org_value_links (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    org_value_id INTEGER NOT NULL REFERENCES org_values(id) DEFERRABLE INITIALLY DEFERRED,
    code_id INTEGER NOT NULL REFERENCES codes(id) DEFERRABLE INITIALLY DEFERRED,
    UNIQUE (org_value_id, code_id)
);
CREATE TABLE suggestions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) DEFERRABLE INITIALLY DEFERRED,
    code_id INTEGER NOT NULL REFERENCES codes(id) DEFERRABLE INITIALLY DEFERRED,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    score REAL NOT NULL DEFAULT 0,
    reason TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
    created_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX suggestions_document ON suggestions(document_id, status);
