-- Core project tables (DESIGN §2).
-- Foreign keys have no cascades: every edit is a row patch that lists each row it touches,
-- so undo is exact; ids are AUTOINCREMENT so a deleted row's id is never handed out again.
-- Foreign keys are checked at commit, so a patch may order its rows freely.
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE attributes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    type TEXT NOT NULL DEFAULT 'text' CHECK (type IN ('text', 'number', 'date', 'choice')),
    position INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE case_attributes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id INTEGER NOT NULL REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
    attribute_id INTEGER NOT NULL REFERENCES attributes(id) DEFERRABLE INITIALLY DEFERRED,
    value TEXT,
    UNIQUE (case_id, attribute_id)
);

CREATE TABLE documents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    language TEXT NOT NULL CHECK (language IN ('nl', 'en')),
    text TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    source_file TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL DEFAULT '',
    case_id INTEGER REFERENCES cases(id) DEFERRABLE INITIALLY DEFERRED,
    metadata TEXT NOT NULL DEFAULT '{}',
    word_count INTEGER NOT NULL DEFAULT 0,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX documents_sha256 ON documents(sha256);

CREATE TABLE turns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) DEFERRABLE INITIALLY DEFERRED,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT 'respondent' CHECK (role IN ('interviewer', 'respondent', 'other')),
    time_ms INTEGER
);
CREATE INDEX turns_document ON turns(document_id, start);

CREATE TABLE codes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    parent_id INTEGER REFERENCES codes(id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'theme'
        CHECK (kind IN ('driver', 'pain_point', 'value', 'expectation', 'emotion', 'theme')),
    color TEXT NOT NULL DEFAULT '#808080',
    position INTEGER NOT NULL DEFAULT 0,
    definition TEXT NOT NULL DEFAULT '',
    use_when TEXT NOT NULL DEFAULT '',
    do_not_use_when TEXT NOT NULL DEFAULT '',
    example TEXT NOT NULL DEFAULT '',
    indicators TEXT NOT NULL DEFAULT '{}',
    names TEXT NOT NULL DEFAULT '{}'
);
CREATE UNIQUE INDEX codes_sibling_name ON codes(ifnull(parent_id, 0), name COLLATE NOCASE);

CREATE TABLE coders (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL UNIQUE, color TEXT NOT NULL DEFAULT '#808080');

CREATE TABLE codings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    document_id INTEGER NOT NULL REFERENCES documents(id) DEFERRABLE INITIALLY DEFERRED,
    code_id INTEGER NOT NULL REFERENCES codes(id) DEFERRABLE INITIALLY DEFERRED,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    coder TEXT NOT NULL DEFAULT '',
    memo TEXT NOT NULL DEFAULT '',
    inferred INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL DEFAULT '',
    CHECK (start < "end")
);
CREATE INDEX codings_document ON codings(document_id, start);
CREATE INDEX codings_code ON codings(code_id);

-- Memos on the project (target_id 0), a document or a code; coding memos live on codings.
CREATE TABLE memos (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    target TEXT NOT NULL CHECK (target IN ('project', 'document', 'code')),
    target_id INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    updated_at TEXT NOT NULL DEFAULT '',
    UNIQUE (target, target_id)
);

-- Full-text index over turn text, kept in step by triggers.
CREATE VIRTUAL TABLE turn_fts USING fts5(body, tokenize = 'unicode61 remove_diacritics 2');
CREATE TRIGGER turns_fts_insert AFTER INSERT ON turns BEGIN
    INSERT INTO turn_fts(rowid, body)
    SELECT new.id, substr(text, new.start + 1, new."end" - new.start) FROM documents WHERE id = new.document_id;
END;
CREATE TRIGGER turns_fts_delete AFTER DELETE ON turns BEGIN
    DELETE FROM turn_fts WHERE rowid = old.id;
END;
