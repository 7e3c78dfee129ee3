-- Assisted coding: each suggestion names its source and whether it is an interpretation
-- (expectations read from cues are always inferred); one row per document, code and span.
ALTER TABLE suggestions ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE suggestions ADD COLUMN inferred INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX suggestions_span ON suggestions(document_id, code_id, start, "end");
