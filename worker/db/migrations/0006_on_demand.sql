-- On-demand engineer (issue 9): an account switched on through a metered Stripe subscription, its cases
-- (review_requests with tier 'on-demand'), engineers' time on them by the second, the meter events that
-- bill that time, the invoices Stripe reports back, and which engineers are away. Times are Unix ms unless
-- a column says seconds (Stripe's own timestamps).

-- One customer's switch. Its state only moves forward (worker/services/on-demand-state.ts).
CREATE TABLE on_demand_accounts (
  id TEXT PRIMARY KEY,                  -- 128-bit random, base64url; the private link is an HMAC of it
  email TEXT NOT NULL,
  language TEXT NOT NULL,               -- 'en' | 'zh-cn': pages and e-mails
  state TEXT NOT NULL,                  -- 'pending' | 'active' | 'ending' | 'ended' | 'abandoned'
  state_rank INTEGER NOT NULL,
  checkout_session_id TEXT,
  stripe_customer_id TEXT,
  subscription_id TEXT,
  named_engineer TEXT,                  -- the first engineer to own one of its cases
  period_start INTEGER,                 -- the current billing period, from subscription events
  period_end INTEGER,
  subscription_event_at INTEGER,        -- `created` (seconds) of the newest subscription event applied
  standing TEXT NOT NULL DEFAULT 'good', -- 'good' | 'past_due': from invoice.paid / invoice.payment_failed
  standing_event_at INTEGER,            -- `created` (seconds) of the invoice event that set it
  created_at INTEGER NOT NULL,
  activated_at INTEGER,
  switch_off_requested_at INTEGER,      -- the customer pressed "switch off"
  cancel_requested_at INTEGER,          -- usage reported and the subscription cancelled at the provider
  ended_at INTEGER,                     -- customer.subscription.deleted arrived
  last_change_id TEXT                   -- as on review_requests: side effects only if the change applied
);
CREATE UNIQUE INDEX on_demand_accounts_checkout ON on_demand_accounts (checkout_session_id) WHERE checkout_session_id IS NOT NULL;
CREATE INDEX on_demand_accounts_subscription ON on_demand_accounts (subscription_id) WHERE subscription_id IS NOT NULL;
CREATE INDEX on_demand_accounts_customer ON on_demand_accounts (stripe_customer_id) WHERE stripe_customer_id IS NOT NULL;
CREATE INDEX on_demand_accounts_ending ON on_demand_accounts (switch_off_requested_at) WHERE state = 'ending';

ALTER TABLE review_requests ADD COLUMN account_id TEXT;        -- on_demand_accounts.id, for on-demand cases
ALTER TABLE review_requests ADD COLUMN critical INTEGER NOT NULL DEFAULT 0;
ALTER TABLE review_requests ADD COLUMN reserved_for TEXT;      -- the named engineer when the case was opened
ALTER TABLE review_requests ADD COLUMN reserved_until INTEGER; -- after this anyone may claim it
ALTER TABLE review_requests ADD COLUMN handover_note TEXT;     -- written by whoever claimed in the named engineer's place
CREATE INDEX review_requests_account ON review_requests (account_id, created_at) WHERE account_id IS NOT NULL;

-- Which account a billing event concerned (request_id stays for review requests).
ALTER TABLE billing_events ADD COLUMN account_id TEXT;

-- Engineer time on a case. The partial unique index is the rule "one running timer per engineer".
CREATE TABLE time_entries (
  id TEXT PRIMARY KEY,                  -- also the meter event's identifier, so a resend never bills twice
  request_id TEXT NOT NULL REFERENCES review_requests (id),
  account_id TEXT NOT NULL REFERENCES on_demand_accounts (id),
  engineer TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  stopped_at INTEGER,
  seconds INTEGER,                      -- floor((stopped_at - started_at) / 1000): whole seconds, rounded down
  reported_at INTEGER,                  -- the provider accepted the meter event
  report_attempts INTEGER NOT NULL DEFAULT 0,
  last_report_error TEXT
);
CREATE UNIQUE INDEX time_entries_one_running ON time_entries (engineer) WHERE stopped_at IS NULL;
CREATE INDEX time_entries_account ON time_entries (account_id, stopped_at);
CREATE INDEX time_entries_request ON time_entries (request_id, started_at);
CREATE INDEX time_entries_unreported ON time_entries (stopped_at) WHERE reported_at IS NULL AND seconds > 0;

-- Invoices of on-demand subscriptions, as the invoice events describe them (newest event wins).
CREATE TABLE on_demand_invoices (
  id TEXT PRIMARY KEY,                  -- Stripe's invoice id
  account_id TEXT NOT NULL REFERENCES on_demand_accounts (id),
  status TEXT NOT NULL,                 -- 'paid' | 'payment_failed'
  amount_due_cents INTEGER NOT NULL,
  amount_paid_cents INTEGER NOT NULL,
  currency TEXT NOT NULL,
  billing_reason TEXT,
  hosted_invoice_url TEXT,
  invoice_created INTEGER NOT NULL,     -- seconds
  event_created INTEGER NOT NULL,       -- seconds: an older event never overwrites a newer one
  updated_at INTEGER NOT NULL
);
CREATE INDEX on_demand_invoices_account ON on_demand_invoices (account_id, invoice_created);

-- Reviewers marked away: their customers' new cases go to anyone.
CREATE TABLE reviewer_presence (
  email TEXT PRIMARY KEY,
  away INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL
);

-- The local payment provider: subscription sessions, subscriptions, meter events (the identifier is the
-- key, as Stripe dedupes on it) and the Stripe-shaped events it still has to deliver to the webhook.
ALTER TABLE local_checkout_sessions ADD COLUMN mode TEXT NOT NULL DEFAULT 'payment'; -- 'payment' | 'subscription'
CREATE TABLE local_subscriptions (
  id TEXT PRIMARY KEY,
  customer_id TEXT NOT NULL,
  account_id TEXT NOT NULL,
  status TEXT NOT NULL,                 -- 'active' | 'canceled'
  created_at INTEGER NOT NULL,
  period_start INTEGER NOT NULL,
  canceled_at INTEGER
);
CREATE TABLE local_meter_events (
  identifier TEXT PRIMARY KEY,
  event_name TEXT NOT NULL,
  customer_id TEXT NOT NULL,
  value INTEGER NOT NULL,
  timestamp INTEGER NOT NULL,           -- seconds
  received_at INTEGER NOT NULL,
  invoice_id TEXT                       -- the local invoice that billed it
);
CREATE INDEX local_meter_events_unbilled ON local_meter_events (customer_id) WHERE invoice_id IS NULL;
CREATE TABLE local_webhook_queue (
  id TEXT PRIMARY KEY,                  -- the event id
  body TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  delivered_at INTEGER
);
CREATE INDEX local_webhook_queue_pending ON local_webhook_queue (created_at) WHERE delivered_at IS NULL;
UPDATE meta SET value = '6' WHERE key = 'schema';
