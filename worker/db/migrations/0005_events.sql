-- Event readiness (issue 9): what the customer told us about the event, the automated readiness results, the
-- runbook the owning engineer edits and shares, and pages: engineers called to a live issue or a critical case
-- with a 15-minute response target. Times are Unix ms.
ALTER TABLE review_requests ADD COLUMN event_json TEXT;          -- EventIntake (worker/schemas/events.ts)
ALTER TABLE review_requests ADD COLUMN event_starts_at INTEGER;   -- the event's start, UTC
ALTER TABLE review_requests ADD COLUMN event_ends_at INTEGER;     -- start + duration: the standby window's end
ALTER TABLE review_requests ADD COLUMN readiness_json TEXT;       -- ReadinessReport (checks/readiness/schema.ts)
ALTER TABLE review_requests ADD COLUMN runbook_markdown TEXT;     -- generated at payment, then the engineer's
ALTER TABLE review_requests ADD COLUMN runbook_updated_at INTEGER;
ALTER TABLE review_requests ADD COLUMN runbook_updated_by TEXT;
ALTER TABLE review_requests ADD COLUMN runbook_shared_at INTEGER; -- NULL until the engineer shares it
CREATE INDEX review_requests_events ON review_requests (event_starts_at) WHERE event_starts_at IS NOT NULL;

-- An engineer called to a case now: a customer's live issue during an event's standby window, or a critical
-- on-demand case. Each page e-mails the engineer (or every reviewer while the case has no owner) and shows in
-- the console until someone acknowledges it.
CREATE TABLE pages (
  id TEXT PRIMARY KEY,
  request_id TEXT NOT NULL REFERENCES review_requests (id) ON DELETE CASCADE,
  reason TEXT NOT NULL,                 -- 'live-issue' | 'critical-case'
  summary TEXT NOT NULL,                -- what the customer wrote
  engineer_email TEXT,                  -- who is paged; NULL pages every reviewer
  raised_at INTEGER NOT NULL,
  respond_by INTEGER NOT NULL,          -- raised_at + 15 minutes
  acknowledged_at INTEGER,
  acknowledged_by TEXT,
  response TEXT                         -- the engineer's answer, shown to the customer
);
CREATE INDEX pages_open ON pages (raised_at) WHERE acknowledged_at IS NULL;
CREATE INDEX pages_request ON pages (request_id, raised_at);
UPDATE meta SET value = '5' WHERE key = 'schema';
