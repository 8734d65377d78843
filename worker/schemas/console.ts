/** Shapes of what the reviewer console reads from query strings and forms. Services check the rules of the work (lengths, owners); these check the shape. */
import { z } from 'zod';
import { Severity } from '../../checks/index.ts';
import { Language, RequestTier, Verdict } from './requests.ts';

/** Which cases the queue lists: the open work by default. */
export const QueueState = z.enum(['open', 'paid', 'claimed', 'responded', 'delivered', 'all']);
export type QueueState = z.infer<typeof QueueState>;

/** The queue's filters from the query string; an unknown value falls back to its default instead of failing. */
export const QueueQuery = z.object({
  state: QueueState.catch('open'),
  tier: RequestTier.optional().catch(undefined),
  /** The language the review is written in. */
  language: Language.optional().catch(undefined),
  /** `1`: only cases the signed-in reviewer owns. */
  mine: z.literal('1').optional().catch(undefined),
});
export type QueueQuery = z.infer<typeof QueueQuery>;

/** Where to go after signing in; anything that is not a console path on this site is ignored. */
export const SignInForm = z.object({
  email: z.string().trim().toLowerCase().max(254),
  next: z.string().optional(),
});

/** What the case page confirms after an action redirected back to it. */
export const DoneNotice = z.enum([
  'claimed',
  'handed-over',
  'note-saved',
  'draft-saved',
  'first-response-sent',
  'delivered',
  'follow-up-answered',
  'runbook-saved',
  'runbook-shared',
  'page-acknowledged',
]);
export type DoneNotice = z.infer<typeof DoneNotice>;

const emptyAsMissing = (value: unknown) => (value === '' ? undefined : value);

export const HandoverForm = z.object({
  /** Another listed reviewer's address. */
  to: z.string().trim().toLowerCase().min(1).max(254),
  reason: z.string().max(2000),
});

export const NoteForm = z.object({
  /** `ruleId@file:line:column` of the finding, as `findingKey` builds it. */
  findingKey: z.string().min(3).max(1000),
  verdict: Verdict,
  /** The new severity, for the `severity` verdict. */
  severity: z.preprocess(emptyAsMissing, Severity.optional()),
  note: z.string().max(5000).default(''),
});

/** The overall review in Markdown, for "save draft" and "deliver". */
export const ReviewForm = z.object({ review: z.string().max(100_000) });

export const FirstResponseForm = z.object({ text: z.string().max(20_000) });

export const FollowUpAnswerForm = z.object({ answer: z.string().max(20_000) });
