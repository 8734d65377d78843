-- Automated reviews: one row per upload. The report is kept; the uploaded files expire after 30 days.
CREATE TABLE reviews (
  id TEXT PRIMARY KEY,                 -- 128-bit random, base64url
  delete_token_hash TEXT NOT NULL,     -- SHA-256 of the bearer token given once to the uploader
  created_at INTEGER NOT NULL,         -- Unix ms
  files_expire_at INTEGER NOT NULL,    -- Unix ms; the cron removes the files after this
  files_deleted_at INTEGER,            -- set when the files are gone (the report stays)
  language TEXT NOT NULL DEFAULT 'en',
  report TEXT NOT NULL                 -- the engine's JSON report (over redacted sources)
);
CREATE INDEX reviews_files_expire_at ON reviews (files_expire_at) WHERE files_deleted_at IS NULL;

-- The files of a review, content-addressed in R2 (key files/<sha256>); several reviews may share a blob.
CREATE TABLE review_files (
  review_id TEXT NOT NULL REFERENCES reviews (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  path TEXT NOT NULL,
  sha256 TEXT NOT NULL,
  size INTEGER NOT NULL,
  PRIMARY KEY (review_id, ordinal)
);
CREATE INDEX review_files_sha256 ON review_files (sha256);
UPDATE meta SET value = '2' WHERE key = 'schema';
