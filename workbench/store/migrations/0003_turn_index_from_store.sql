-- The insert trigger sliced documents.text with substr() once per turn: SQLite reads the whole
-- text and walks it to the offset each time, so importing was quadratic in the document size.
-- The store now indexes each turn's text itself when it writes turns (store/rows.py), taking
-- the slice in Python from the text it already holds. Rows already indexed stay as they are.
DROP TRIGGER turns_fts_insert;
