/**
 * Who owns a case. Claiming is one conditional UPDATE, so of two reviewers clicking at once exactly one
 * wins; the winner owns the case to the end. Others can read it but not act on it, and ownership changes
 * only through an explicit, audited handover by the owner.
 */
import { findRequest, guardedUpdate, insertAudit, insertEmail } from '../db/requests.ts';
import type { Dependencies } from '../middleware/dependencies.ts';
import type { RequestRow } from '../schemas/requests.ts';
import { ApiFailure } from './errors.ts';
import { composeEmail, formatDeadline } from './notifications.ts';
import { onDemandClaimTerms } from './on-demand-claims.ts';
import { customerEmail, customerLink, tierName } from './requests.ts';
import { randomKey } from './secrets.ts';

export type CaseDeps = Pick<Dependencies, 'db' | 'now' | 'origin' | 'signingSecret' | 'reviewers'>;

export async function loadCase(deps: Pick<Dependencies, 'db'>, id: string): Promise<RequestRow> {
  const request = /^[A-Za-z0-9_-]{22}$/.test(id) ? await findRequest(deps.db, id) : null;
  if (!request) throw new ApiFailure(404, { code: 'not-found', message: 'no such case' });
  return request;
}

/** Refuses anyone but the owner: the engineer who claimed a case is the only one who works on it. */
export function assertOwner(request: RequestRow, reviewer: string): void {
  if (request.owner_email !== reviewer) {
    throw new ApiFailure(409, { code: 'not-owner', message: request.owner_email ? `${request.owner_email} owns this case; ask them for a handover` : 'claim this case before working on it' });
  }
}

export const caseLink = (deps: Pick<Dependencies, 'origin'>, id: string) => `${deps.origin}/console/cases/${id}`;

/** `handoverNote`: for an on-demand case claimed in place of the customer's named engineer (on-demand-claims.ts). */
export async function claimCase(deps: CaseDeps, id: string, reviewer: string, handoverNote?: string): Promise<RequestRow> {
  const request = await loadCase(deps, id);
  const onDemand = await onDemandClaimTerms(deps, request, reviewer, handoverNote);
  const change = randomKey();
  const now = deps.now();
  const link = await customerLink(deps, request);
  const where = onDemand?.where ? { sql: `owner_email IS NULL AND (${onDemand.where.sql})`, values: onDemand.where.values } : { sql: 'owner_email IS NULL', values: [] };
  const [claimed] = await deps.db.batch([
    guardedUpdate(deps.db, { id: change, requestId: id, to: 'claimed', set: { owner_email: reviewer, claimed_at: now, ...onDemand?.set }, where }),
    insertAudit(deps.db, { requestId: id, at: now, actor: reviewer, action: 'claimed', detail: onDemand?.where ? `in place of ${request.reserved_for}` : null }, change),
    insertEmail(deps.db, customerEmail(deps, request, 'claimed', { link, reviewer, deadline: formatDeadline(request.first_response_due_at ?? now, request.review_language) }), change),
    ...(onDemand?.after(change) ?? []),
  ]);
  if (claimed!.meta.changes === 0) {
    const current = await loadCase(deps, id);
    if (current.owner_email) throw new ApiFailure(409, { code: 'already-claimed', message: `${current.owner_email} has already claimed this case` });
    throw new ApiFailure(409, { code: 'not-claimable', message: 'this case cannot be claimed in its current state' });
  }
  return loadCase(deps, id);
}

export async function handOver(deps: CaseDeps, id: string, from: string, to: string, reason: string): Promise<void> {
  const request = await loadCase(deps, id);
  assertOwner(request, from);
  // A delivered case may still get a follow-up question; a closed one has nothing left to own.
  if (!['claimed', 'responded', 'delivered'].includes(request.state)) throw new ApiFailure(409, { code: 'not-transferable', message: 'a closed case cannot be handed over' });
  const target = to.trim().toLowerCase();
  if (!deps.reviewers.includes(target) || target === from) throw new ApiFailure(422, { code: 'invalid-reviewer', message: 'hand over to another listed reviewer' });
  if (reason.trim().length < 3) throw new ApiFailure(422, { code: 'reason-required', message: 'say why you are handing the case over' });
  const change = randomKey();
  const now = deps.now();
  const [moved] = await deps.db.batch([
    guardedUpdate(deps.db, { id: change, requestId: id, set: { owner_email: target }, where: { sql: 'owner_email = ?', values: [from] } }),
    insertAudit(deps.db, { requestId: id, at: now, actor: from, action: 'handed-over', detail: `to ${target}: ${reason.trim()}` }, change),
    insertEmail(
      deps.db,
      {
        id: randomKey(),
        requestId: id,
        to: target,
        language: 'en',
        kind: 'reviewer-handover',
        ...composeEmail('reviewer-handover', 'en', { tier: tierName(request.tier, 'en'), link: caseLink(deps, id), reviewer: from, reason: reason.trim() }),
        createdAt: now,
      },
      change,
    ),
  ]);
  if (moved!.meta.changes === 0) throw new ApiFailure(409, { code: 'not-owner', message: 'the case changed hands meanwhile; reload it' });
}
