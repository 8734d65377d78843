/** Shapes of paid review requests: the customer's form, the stored row, notes and the audit trail. */
import { z } from 'zod';
import { RequestState } from '../services/request-state.ts';

export const Language = z.enum(['en', 'zh-cn']);
export type Language = z.infer<typeof Language>;

/** Tiers bought through the request form, one checkout each; the on-demand engineer is switched on instead. */
export const PurchasableTier = z.enum(['developer', 'business', 'event']);
export type PurchasableTier = z.infer<typeof PurchasableTier>;

/** Every tier a request can belong to: on-demand cases are requests too, covered by the subscription. */
export const RequestTier = z.enum(['developer', 'business', 'event', 'on-demand']);
export type RequestTier = z.infer<typeof RequestTier>;

export const Urgency = z.enum(['planning', 'this-week', 'production-issue']);
export type Urgency = z.infer<typeof Urgency>;

/** The "Get a human review" form, as submitted. */
export const RequestForm = z.object({
  tier: PurchasableTier,
  email: z.string().trim().max(254).pipe(z.email()),
  /** The language the review is written in: independent of the page's language. */
  reviewLanguage: Language,
  /** What worries the customer; third-party components are welcome. */
  concerns: z.string().trim().min(10).max(5000),
  urgency: Urgency,
  /** The automated report this request is about (optional when coming from /pricing/). */
  reportId: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9_-]{22}$/)
    .optional()
    .or(z.literal('').transform(() => undefined)),
});
export type RequestForm = z.infer<typeof RequestForm>;

/** A row of `review_requests` as D1 returns it. */
export const RequestRow = z.object({
  id: z.string(),
  report_id: z.string().nullable(),
  tier: RequestTier,
  email: z.string(),
  review_language: Language,
  page_language: Language,
  concerns: z.string(),
  urgency: Urgency,
  price_cents: z.number().int(),
  currency: z.string(),
  state: RequestState,
  state_rank: z.number().int(),
  checkout_session_id: z.string().nullable(),
  payment_intent_id: z.string().nullable(),
  amount_paid_cents: z.number().int().nullable(),
  created_at: z.number(),
  paid_at: z.number().nullable(),
  first_response_due_at: z.number().nullable(),
  claimed_at: z.number().nullable(),
  first_response_at: z.number().nullable(),
  delivered_at: z.number().nullable(),
  closed_at: z.number().nullable(),
  owner_email: z.string().nullable(),
  sla_flag: z.enum(['nearing', 'breached']).nullable(),
  first_response: z.string().nullable(),
  review_markdown: z.string().nullable(),
  follow_up_question: z.string().nullable(),
  follow_up_asked_at: z.number().nullable(),
  follow_up_answer: z.string().nullable(),
  follow_up_answered_at: z.number().nullable(),
  last_change_id: z.string().nullable(),
  // Event readiness (migration 0005); NULL for other tiers.
  event_json: z.string().nullable(),
  event_starts_at: z.number().nullable(),
  event_ends_at: z.number().nullable(),
  readiness_json: z.string().nullable(),
  runbook_markdown: z.string().nullable(),
  runbook_updated_at: z.number().nullable(),
  runbook_updated_by: z.string().nullable(),
  runbook_shared_at: z.number().nullable(),
  // On-demand cases (migration 0006); optional so other tiers' rows are built without them.
  /** The on-demand account the case belongs to. */
  account_id: z.string().nullish(),
  /** The customer marked it critical: 15-minute first response, engineer paged. */
  critical: z.number().int().nullish(),
  /** The account's named engineer when the case was opened: they get it first. */
  reserved_for: z.string().nullish(),
  /** After this, anyone may claim the case. */
  reserved_until: z.number().nullish(),
  /** What someone who claimed in the named engineer's place wrote for them. */
  handover_note: z.string().nullish(),
});
export type RequestRow = z.infer<typeof RequestRow>;

export const Verdict = z.enum(['agree', 'dismiss', 'severity', 'comment']);
export type Verdict = z.infer<typeof Verdict>;

export const FindingNoteRow = z.object({
  request_id: z.string(),
  finding_key: z.string(),
  verdict: Verdict,
  severity: z.enum(['critical', 'high', 'medium', 'low']).nullable(),
  note: z.string(),
  author: z.string(),
  updated_at: z.number(),
});
export type FindingNoteRow = z.infer<typeof FindingNoteRow>;

export const AuditRow = z.object({
  seq: z.number().int(),
  request_id: z.string(),
  at: z.number(),
  actor: z.string(),
  action: z.string(),
  detail: z.string().nullable(),
});
export type AuditRow = z.infer<typeof AuditRow>;

export const EmailRow = z.object({
  id: z.string(),
  request_id: z.string().nullable(),
  to_address: z.string(),
  language: Language,
  kind: z.string(),
  subject: z.string(),
  body: z.string(),
  created_at: z.number(),
  status: z.enum(['pending', 'sent', 'failed']),
  attempts: z.number().int(),
  sent_at: z.number().nullable(),
  provider_id: z.string().nullable(),
  last_error: z.string().nullable(),
});
export type EmailRow = z.infer<typeof EmailRow>;
