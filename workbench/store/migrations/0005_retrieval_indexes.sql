-- Document names, participants and hashes are read for every retrieval; in `documents` they sit
-- after the large text column, so reading them walked each text's overflow pages. A covering
-- index holds them (with the rowid) and is scanned instead of the table.
CREATE INDEX documents_heads ON documents(name, case_id, sha256);
-- Retrieving one code's segments read ~1,000 coding rows scattered over the table; this index
-- holds everything retrieval reads, in document order per code (it replaces codings_code).
CREATE INDEX codings_code_segments ON codings(code_id, document_id, start, "end", coder, inferred, memo);
DROP INDEX codings_code;
