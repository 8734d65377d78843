-- Migration bookkeeping lives in d1_migrations (wrangler's own); this table records
-- facts about the deployment that the health check and later migrations read.
CREATE TABLE IF NOT EXISTS meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
INSERT OR IGNORE INTO meta (key, value) VALUES ('schema', '1');
