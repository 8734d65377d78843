-- A deleted report's link answers "this report was deleted" (410) instead of "not found": the id and the time
-- are all that is kept, nothing of the report. Ids are 128 random bits, so they say nothing about anyone.
CREATE TABLE deleted_reviews (
  id TEXT PRIMARY KEY,
  deleted_at INTEGER NOT NULL
);
UPDATE meta SET value = '7' WHERE key = 'schema';
