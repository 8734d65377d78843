-- Paid human reviews (the customer's private status link is an HMAC of the id, so no key is stored): the request, the billing events that move it, the reviewer's work on it, its audit
-- trail and the e-mails it sends. Times are Unix ms.
CREATE TABLE review_requests (
  id TEXT PRIMARY KEY,                  -- 128-bit random, base64url
  report_id TEXT,                       -- the automated report it was requested from (optional from /pricing/)
  tier TEXT NOT NULL,                   -- pricing tier id
  email TEXT NOT NULL,
  review_language TEXT NOT NULL,        -- 'en' | 'zh-cn': the language the review and e-mails are written in
  page_language TEXT NOT NULL,          -- the language of the pages the customer used
  concerns TEXT NOT NULL,
  urgency TEXT NOT NULL,
  price_cents INTEGER NOT NULL,         -- the price at the time of the request
  currency TEXT NOT NULL,
  state TEXT NOT NULL,                  -- see worker/services/request-state.ts; only moves forward
  state_rank INTEGER NOT NULL,
  checkout_session_id TEXT,
  payment_intent_id TEXT,
  amount_paid_cents INTEGER,
  created_at INTEGER NOT NULL,
  paid_at INTEGER,
  first_response_due_at INTEGER,        -- paid_at + the tier's first-response promise
  claimed_at INTEGER,
  first_response_at INTEGER,
  delivered_at INTEGER,
  closed_at INTEGER,                    -- expired, failed or refunded
  owner_email TEXT,                     -- the reviewer who owns the case to the end
  sla_flag TEXT,                        -- NULL, 'nearing' (80 % of the time used) or 'breached'
  first_response TEXT,                  -- Markdown
  review_markdown TEXT,                 -- the overall review (draft until delivered)
  follow_up_question TEXT,
  follow_up_asked_at INTEGER,
  follow_up_answer TEXT,
  follow_up_answered_at INTEGER,
  last_change_id TEXT                   -- id of the last guarded change (a billing event id or a random id):
                                        -- audit rows and e-mails of a change are inserted only if it applied
);
CREATE INDEX review_requests_queue ON review_requests (state_rank, first_response_due_at);
CREATE UNIQUE INDEX review_requests_checkout ON review_requests (checkout_session_id) WHERE checkout_session_id IS NOT NULL;
CREATE INDEX review_requests_payment_intent ON review_requests (payment_intent_id) WHERE payment_intent_id IS NOT NULL;

-- Every verified billing event, once: the primary key makes a redelivered event a no-op.
CREATE TABLE billing_events (
  id TEXT PRIMARY KEY,                  -- Stripe's event id
  type TEXT NOT NULL,
  request_id TEXT,
  received_at INTEGER NOT NULL,
  outcome TEXT NOT NULL                 -- what it did: 'applied' or why it changed nothing
);

-- A reviewer's verdict on one finding of the linked report.
CREATE TABLE finding_notes (
  request_id TEXT NOT NULL REFERENCES review_requests (id) ON DELETE CASCADE,
  finding_key TEXT NOT NULL,            -- ruleId@file:line:column
  verdict TEXT NOT NULL,                -- 'agree' | 'dismiss' | 'severity' | 'comment'
  severity TEXT,                        -- the changed severity, for 'severity'
  note TEXT NOT NULL,
  author TEXT NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (request_id, finding_key)
);

-- Everything anyone did to a request, in order.
CREATE TABLE audit_log (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  request_id TEXT NOT NULL,
  at INTEGER NOT NULL,
  actor TEXT NOT NULL,                  -- a reviewer's e-mail, 'customer', 'stripe' or 'system'
  action TEXT NOT NULL,
  detail TEXT
);
CREATE INDEX audit_log_request ON audit_log (request_id, seq);

-- Outbox: every e-mail is written here in the same transaction as the change it announces, then sent.
CREATE TABLE emails (
  id TEXT PRIMARY KEY,
  request_id TEXT,
  to_address TEXT NOT NULL,
  language TEXT NOT NULL,
  kind TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending', -- 'pending' | 'sent' | 'failed'
  attempts INTEGER NOT NULL DEFAULT 0,
  sent_at INTEGER,
  provider_id TEXT,
  last_error TEXT
);
CREATE INDEX emails_pending ON emails (created_at) WHERE status = 'pending';

-- Checkout sessions of the local (test-mode) payment provider; Stripe keeps its own.
CREATE TABLE local_checkout_sessions (
  id TEXT PRIMARY KEY,
  request_id TEXT NOT NULL,
  amount_cents INTEGER NOT NULL,
  currency TEXT NOT NULL,
  customer_email TEXT NOT NULL,
  locale TEXT NOT NULL,
  description TEXT NOT NULL,
  success_url TEXT NOT NULL,
  cancel_url TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'open'   -- 'open' | 'processing' (paid later) | 'complete' | 'expired'
);
UPDATE meta SET value = '3' WHERE key = 'schema';
