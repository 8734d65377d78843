/**
 * Paging: calling an engineer to a case now, with a 15-minute response target. Two things page: a customer's
 * live issue during an event's standby window, and a critical on-demand case. A page e-mails the engineer who
 * owns the case (every reviewer while nobody does) through the outbox and shows in the console until someone
 * acknowledges it; the acknowledgement carries an answer the customer sees on their page and by e-mail.
 */
import { z } from 'zod';
import { insertAudit, insertEmail } from '../db/requests.ts';
import type { Dependencies } from '../middleware/dependencies.ts';
import type { RequestRow } from '../schemas/requests.ts';
import { caseLink } from './assignments.ts';
import { ApiFailure } from './errors.ts';
import { composeEmail, formatDeadline } from './notifications.ts';
import { customerEmail, customerLink, tierName } from './requests.ts';
import { randomKey } from './secrets.ts';

export const pageResponseMinutes = 15;

export const PageReason = z.enum(['live-issue', 'critical-case']);
export type PageReason = z.infer<typeof PageReason>;

export const PageRow = z.object({
  id: z.string(),
  request_id: z.string(),
  reason: PageReason,
  summary: z.string(),
  engineer_email: z.string().nullable(),
  raised_at: z.number(),
  respond_by: z.number(),
  acknowledged_at: z.number().nullable(),
  acknowledged_by: z.string().nullable(),
  response: z.string().nullable(),
});
export type PageRow = z.infer<typeof PageRow>;

export type PagingDeps = Pick<Dependencies, 'db' | 'now' | 'origin' | 'reviewers'>;

export interface NewPage {
  request: Pick<RequestRow, 'id' | 'tier' | 'owner_email'>;
  reason: PageReason;
  summary: string;
  /** Who raised it, for the audit trail: 'customer' or 'system'. */
  actor: string;
}

const reasonText: Record<PageReason, string> = { 'live-issue': 'live issue during the event', 'critical-case': 'critical case' };

/**
 * The statements that raise a page: put them in the same batch as the change that causes it, so a page is
 * never lost and never sent for a change that did not happen. Returns the page id with them.
 */
export function raisePage(deps: PagingDeps, page: NewPage): { id: string; statements: D1PreparedStatement[] } {
  const id = randomKey();
  const now = deps.now();
  const respondBy = now + pageResponseMinutes * 60_000;
  const engineer = page.request.owner_email;
  const recipients = engineer ? [engineer] : deps.reviewers;
  const emails = recipients.map((to) =>
    insertEmail(deps.db, {
      id: randomKey(),
      requestId: page.request.id,
      to,
      language: 'en',
      kind: 'reviewer-paged',
      ...composeEmail('reviewer-paged', 'en', {
        tier: tierName(page.request.tier, 'en'),
        link: caseLink(deps, page.request.id),
        deadline: formatDeadline(respondBy, 'en'),
        reason: reasonText[page.reason],
        text: page.summary,
      }),
      createdAt: now,
    }),
  );
  return {
    id,
    statements: [
      deps.db
        .prepare('INSERT INTO pages (id, request_id, reason, summary, engineer_email, raised_at, respond_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
        .bind(id, page.request.id, page.reason, page.summary, engineer, now, respondBy),
      insertAudit(deps.db, { requestId: page.request.id, at: now, actor: page.actor, action: `paged-${page.reason}`, detail: engineer ?? 'all reviewers' }),
      ...emails,
    ],
  };
}

export async function pagesOf(db: D1Database, requestId: string): Promise<PageRow[]> {
  const { results } = await db.prepare('SELECT * FROM pages WHERE request_id = ? ORDER BY raised_at DESC').bind(requestId).all();
  return z.array(PageRow).parse(results);
}

/** Unacknowledged pages a reviewer should see: their own and those sent to everyone. */
export async function openPagesFor(db: D1Database, reviewer: string): Promise<PageRow[]> {
  const { results } = await db.prepare('SELECT * FROM pages WHERE acknowledged_at IS NULL AND (engineer_email IS NULL OR engineer_email = ?) ORDER BY respond_by LIMIT 50').bind(reviewer).all();
  return z.array(PageRow).parse(results);
}

/**
 * Acknowledges a page with an answer for the customer. One conditional UPDATE: of two engineers answering
 * at once, one wins and the other is told. Only the case's owner (or anyone, while it has none) may answer.
 */
export async function acknowledgePage(deps: PagingDeps & Pick<Dependencies, 'signingSecret'>, pageId: string, reviewer: string, response: string, request: RequestRow): Promise<void> {
  const text = response.trim();
  if (text.length < 2 || text.length > 5000) throw new ApiFailure(422, { code: 'invalid-response', message: 'write an answer for the customer (2 to 5,000 characters)' });
  if (request.owner_email && request.owner_email !== reviewer) throw new ApiFailure(409, { code: 'not-owner', message: `${request.owner_email} owns this case` });
  const now = deps.now();
  const link = await customerLink(deps, request);
  const [updated] = await deps.db.batch([
    deps.db
      .prepare('UPDATE pages SET acknowledged_at = ?, acknowledged_by = ?, response = ? WHERE id = ? AND request_id = ? AND acknowledged_at IS NULL')
      .bind(now, reviewer, text, pageId, request.id),
    // Audit and e-mail only when this acknowledgement is the one that applied.
    deps.db
      .prepare(
        "INSERT INTO audit_log (request_id, at, actor, action, detail) SELECT ?, ?, ?, 'page-acknowledged', ? WHERE EXISTS (SELECT 1 FROM pages WHERE id = ? AND acknowledged_by = ? AND acknowledged_at = ?)",
      )
      .bind(request.id, now, reviewer, `${pageId} (${Math.max(0, Math.round((now - (await pageRaisedAt(deps.db, pageId))) / 1000))} s after it was raised)`, pageId, reviewer, now),
    guardedEmail(deps, request, pageId, reviewer, now, { ...customerEmail(deps, request, 'page-answered', { link, reviewer, text }) }),
  ]);
  if (updated!.meta.changes === 0) throw new ApiFailure(409, { code: 'already-acknowledged', message: 'someone has already answered this page' });
}

async function pageRaisedAt(db: D1Database, pageId: string): Promise<number> {
  const row = await db.prepare('SELECT raised_at FROM pages WHERE id = ?').bind(pageId).first<{ raised_at: number }>();
  if (!row) throw new ApiFailure(404, { code: 'not-found', message: 'no such page' });
  return row.raised_at;
}

function guardedEmail(deps: Pick<Dependencies, 'db'>, request: Pick<RequestRow, 'id'>, pageId: string, reviewer: string, at: number, email: ReturnType<typeof customerEmail>): D1PreparedStatement {
  return deps.db
    .prepare(
      'INSERT INTO emails (id, request_id, to_address, language, kind, subject, body, created_at) SELECT ?, ?, ?, ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM pages WHERE id = ? AND acknowledged_by = ? AND acknowledged_at = ?)',
    )
    .bind(email.id, request.id, email.to, email.language, email.kind, email.subject, email.body, email.createdAt, pageId, reviewer, at);
}
