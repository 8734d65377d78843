/**
 * What the owner of a case does: verdicts on findings, the overall review, the first response (which stamps
 * the SLA), delivery, and the answer to a follow-up question. Every action is audited; every message to the
 * customer goes through the outbox in the same transaction.
 */
import { guardedUpdate, insertAudit, insertEmail, upsertNote } from '../db/requests.ts';
import type { RequestRow, Verdict } from '../schemas/requests.ts';
import { assertOwner, loadCase, type CaseDeps } from './assignments.ts';
import { ApiFailure } from './errors.ts';
import { customerEmail, customerLink } from './requests.ts';
import { randomKey } from './secrets.ts';

export interface NoteInput {
  findingKey: string;
  verdict: Verdict;
  severity?: 'critical' | 'high' | 'medium' | 'low' | undefined;
  note: string;
}

export async function saveNote(deps: CaseDeps, id: string, reviewer: string, input: NoteInput): Promise<void> {
  const request = await loadCase(deps, id);
  assertOwner(request, reviewer);
  // Once delivered, the verdicts are part of what the customer received: they no longer change.
  if (request.state !== 'claimed' && request.state !== 'responded') throw new ApiFailure(409, { code: 'not-editable', message: 'notes can only change while the case is being worked on' });
  if (input.verdict === 'dismiss' && input.note.trim().length < 3) throw new ApiFailure(422, { code: 'reason-required', message: 'a dismissed finding needs a reason' });
  if (input.verdict === 'severity' && !input.severity) throw new ApiFailure(422, { code: 'severity-required', message: 'choose the new severity' });
  const now = deps.now();
  await deps.db.batch([
    upsertNote(deps.db, {
      request_id: id,
      finding_key: input.findingKey,
      verdict: input.verdict,
      severity: input.verdict === 'severity' ? input.severity! : null,
      note: input.note.trim(),
      author: reviewer,
      updated_at: now,
    }),
    insertAudit(deps.db, {
      requestId: id,
      at: now,
      actor: reviewer,
      action: `note-${input.verdict}`,
      detail: `${input.findingKey}${input.severity && input.verdict === 'severity' ? ` → ${input.severity}` : ''}${input.note.trim() ? `: ${input.note.trim().slice(0, 200)}` : ''}`,
    }),
  ]);
}

export async function saveDraft(deps: CaseDeps, id: string, reviewer: string, markdown: string): Promise<void> {
  const request = await loadCase(deps, id);
  assertOwner(request, reviewer);
  const change = randomKey();
  const [saved] = await deps.db.batch([
    guardedUpdate(deps.db, { id: change, requestId: id, set: { review_markdown: markdown }, where: { sql: "owner_email = ? AND state IN ('claimed', 'responded')", values: [reviewer] } }),
    insertAudit(deps.db, { requestId: id, at: deps.now(), actor: reviewer, action: 'review-saved', detail: `${markdown.length} characters` }, change),
  ]);
  if (saved!.meta.changes === 0) throw new ApiFailure(409, { code: 'not-editable', message: 'the review can no longer be edited' });
}

export async function sendFirstResponse(deps: CaseDeps, id: string, reviewer: string, text: string): Promise<void> {
  const request = await loadCase(deps, id);
  assertOwner(request, reviewer);
  if (text.trim().length < 10) throw new ApiFailure(422, { code: 'too-short', message: 'write the first response (at least a sentence)' });
  const change = randomKey();
  const now = deps.now();
  const link = await customerLink(deps, request);
  const [sent] = await deps.db.batch([
    guardedUpdate(deps.db, { id: change, requestId: id, to: 'responded', set: { first_response: text.trim(), first_response_at: now }, where: { sql: 'owner_email = ?', values: [reviewer] } }),
    insertAudit(deps.db, { requestId: id, at: now, actor: reviewer, action: 'first-response-sent', detail: lateness(request, now) }, change),
    insertEmail(deps.db, customerEmail(deps, request, 'first-response', { link, reviewer, text: text.trim() }), change),
  ]);
  if (sent!.meta.changes === 0) throw new ApiFailure(409, { code: 'already-responded', message: 'the first response has already been sent' });
}

function lateness(request: RequestRow, now: number): string {
  if (!request.first_response_due_at) return '';
  const minutes = Math.round((now - request.first_response_due_at) / 60_000);
  return minutes > 0 ? `${minutes} min after the deadline` : `${-minutes} min before the deadline`;
}

export async function deliver(deps: CaseDeps, id: string, reviewer: string, markdown: string): Promise<void> {
  const request = await loadCase(deps, id);
  assertOwner(request, reviewer);
  if (markdown.trim().length < 20) throw new ApiFailure(422, { code: 'too-short', message: 'write the review before delivering it' });
  const change = randomKey();
  const now = deps.now();
  const link = await customerLink(deps, request, '/review');
  const [delivered] = await deps.db.batch([
    guardedUpdate(deps.db, {
      id: change,
      requestId: id,
      to: 'delivered',
      // Delivering straight away also counts as the first response.
      set: { review_markdown: markdown.trim(), delivered_at: now, first_response_at: request.first_response_at ?? now },
      where: { sql: 'owner_email = ?', values: [reviewer] },
    }),
    insertAudit(deps.db, { requestId: id, at: now, actor: reviewer, action: 'delivered', detail: request.first_response_at ? null : lateness(request, now) }, change),
    insertEmail(deps.db, customerEmail(deps, request, 'delivered', { link, reviewer }), change),
  ]);
  if (delivered!.meta.changes === 0) throw new ApiFailure(409, { code: 'not-deliverable', message: 'this case cannot be delivered in its current state' });
}

export async function answerFollowUp(deps: CaseDeps, id: string, reviewer: string, answer: string): Promise<void> {
  const request = await loadCase(deps, id);
  assertOwner(request, reviewer);
  if (answer.trim().length < 3) throw new ApiFailure(422, { code: 'too-short', message: 'write the answer' });
  const change = randomKey();
  const now = deps.now();
  const link = await customerLink(deps, request, '/review');
  const [answered] = await deps.db.batch([
    guardedUpdate(deps.db, {
      id: change,
      requestId: id,
      set: { follow_up_answer: answer.trim(), follow_up_answered_at: now },
      where: { sql: 'owner_email = ? AND follow_up_question IS NOT NULL AND follow_up_answer IS NULL', values: [reviewer] },
    }),
    insertAudit(deps.db, { requestId: id, at: now, actor: reviewer, action: 'follow-up-answered' }, change),
    insertEmail(deps.db, customerEmail(deps, request, 'follow-up-answered', { link, reviewer, text: answer.trim() }), change),
  ]);
  if (answered!.meta.changes === 0) throw new ApiFailure(409, { code: 'nothing-to-answer', message: 'there is no open follow-up question' });
}
