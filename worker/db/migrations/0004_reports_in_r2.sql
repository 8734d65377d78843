-- Reports move to R2 (reports/<id>.json): D1 refuses values over 2 MB and a database caps at 10 GB, while a
-- large upload's report runs to several megabytes. D1 keeps what is queried: counts and scores. `report`
-- stays for rows written before this migration; it is '' once the report lives in R2, and the cron moves
-- the old rows over (worker/jobs/move-reports.ts).
ALTER TABLE reviews ADD COLUMN findings_count INTEGER;
ALTER TABLE reviews ADD COLUMN overall_score INTEGER;
ALTER TABLE reviews ADD COLUMN report_bytes INTEGER;
CREATE INDEX reviews_report_in_d1 ON reviews (created_at) WHERE report <> '';
UPDATE meta SET value = '4' WHERE key = 'schema';
