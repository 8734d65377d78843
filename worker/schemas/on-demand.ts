/** Shapes of the on-demand engineer: the switch-on and case forms, and the rows D1 returns. */
import { z } from 'zod';
import { AccountState } from '../services/on-demand-state.ts';
import { Language } from './requests.ts';

/** The switch-on form: who the customer is and the language of their page and e-mails. */
export const SwitchOnForm = z.object({
  email: z.string().trim().max(254).pipe(z.email()),
  language: Language,
});
export type SwitchOnForm = z.infer<typeof SwitchOnForm>;

/** A case the customer opens from their page. */
export const OpenCaseForm = z.object({
  /** What is wrong, in the customer's words. */
  summary: z.string().trim().min(10).max(5000),
  /** `on`: first response within 15 minutes and the engineer is paged. */
  critical: z
    .literal('on')
    .optional()
    .transform((value) => value === 'on'),
});
export type OpenCaseForm = z.infer<typeof OpenCaseForm>;

/** A row of `on_demand_accounts`. */
export const AccountRow = z.object({
  id: z.string(),
  email: z.string(),
  language: Language,
  state: AccountState,
  state_rank: z.number().int(),
  checkout_session_id: z.string().nullable(),
  stripe_customer_id: z.string().nullable(),
  subscription_id: z.string().nullable(),
  named_engineer: z.string().nullable(),
  period_start: z.number().nullable(),
  period_end: z.number().nullable(),
  subscription_event_at: z.number().nullable(),
  standing: z.enum(['good', 'past_due']),
  standing_event_at: z.number().nullable(),
  created_at: z.number(),
  activated_at: z.number().nullable(),
  switch_off_requested_at: z.number().nullable(),
  cancel_requested_at: z.number().nullable(),
  ended_at: z.number().nullable(),
  last_change_id: z.string().nullable(),
});
export type AccountRow = z.infer<typeof AccountRow>;

/** A row of `time_entries`: one stretch of an engineer's time on a case. */
export const TimeEntryRow = z.object({
  id: z.string(),
  request_id: z.string(),
  account_id: z.string(),
  engineer: z.string(),
  started_at: z.number(),
  stopped_at: z.number().nullable(),
  seconds: z.number().int().nullable(),
  reported_at: z.number().nullable(),
  report_attempts: z.number().int(),
  last_report_error: z.string().nullable(),
});
export type TimeEntryRow = z.infer<typeof TimeEntryRow>;

/** A row of `on_demand_invoices`. */
export const InvoiceRow = z.object({
  id: z.string(),
  account_id: z.string(),
  status: z.enum(['paid', 'payment_failed']),
  amount_due_cents: z.number().int(),
  amount_paid_cents: z.number().int(),
  currency: z.string(),
  billing_reason: z.string().nullable(),
  hosted_invoice_url: z.string().nullable(),
  invoice_created: z.number(),
  event_created: z.number(),
  updated_at: z.number(),
});
export type InvoiceRow = z.infer<typeof InvoiceRow>;

/** The console's timer and handover forms. */
export const HandoverNoteForm = z.object({ handoverNote: z.string().max(2000).optional() });
