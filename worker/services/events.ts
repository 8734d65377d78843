/**
 * Event readiness on the Worker: the intake turned into a start time and a standby window, the architecture
 * of the linked report held against the expected peak, the runbook the owning engineer edits and shares, and
 * live issues the customer raises during the window.
 */
import { assessSources, ReadinessReport, runbookMarkdown, zonedTimeToEpoch, type PeakProfileInput } from '../../checks/index.ts';
import { guardedUpdate, insertAudit, insertEmail } from '../db/requests.ts';
import { filesOf } from '../db/reviews.ts';
import type { Dependencies } from '../middleware/dependencies.ts';
import { EventIntake } from '../schemas/events.ts';
import type { RequestRow } from '../schemas/requests.ts';
import { getBlob } from '../storage/files.ts';
import { assertOwner, loadCase, type CaseDeps } from './assignments.ts';
import { ApiFailure } from './errors.ts';
import { raisePage } from './paging.ts';
import { customerEmail, customerLink } from './requests.ts';
import { randomKey } from './secrets.ts';

/** The standby window opens this long before the event starts and closes this long after it ends. */
export const standbyMarginMinutes = 60;

/** The UTC instant of a wall-clock date and time in a time zone. */
export function zonedTime(date: string, time: string, timeZone: string): number {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  const [hour, minute] = time.split(':').map(Number) as [number, number];
  return zonedTimeToEpoch({ year, month, day, hour, minute }, timeZone);
}

export function eventWindow(intake: EventIntake): { startsAt: number; endsAt: number } {
  const startsAt = zonedTime(intake.eventDate, intake.eventTime, intake.timeZone);
  return { startsAt, endsAt: startsAt + intake.durationMinutes * 60_000 };
}

export function intakeOf(request: Pick<RequestRow, 'event_json'>): EventIntake | null {
  return request.event_json ? EventIntake.parse(JSON.parse(request.event_json)) : null;
}

export function readinessOf(request: Pick<RequestRow, 'readiness_json'>): ReadinessReport | null {
  return request.readiness_json ? ReadinessReport.parse(JSON.parse(request.readiness_json)) : null;
}

export function peakProfile(intake: EventIntake): PeakProfileInput {
  return {
    eventType: intake.eventType,
    peakRps: intake.peakRps,
    durationMinutes: intake.durationMinutes,
    regions: intake.regions,
    ...(intake.baselineRps !== undefined ? { baselineRps: intake.baselineRps } : {}),
    ...(intake.concurrentUsers !== undefined ? { concurrentUsers: Math.round(intake.concurrentUsers) } : {}),
    ...(intake.peakWritesPerSecond !== undefined ? { peakWritesPerSecond: intake.peakWritesPerSecond } : {}),
    ...(intake.perInstanceRps !== undefined ? { perInstanceRps: intake.perInstanceRps } : {}),
  };
}

/**
 * Holds the report's architecture against the expected peak. The uploaded files are kept for a limited time:
 * once they are gone there is nothing to assess, and the customer is told to upload again rather than shown
 * an assessment of nothing.
 */
export async function assessEvent(deps: Pick<Dependencies, 'db' | 'files'>, reportId: string, intake: EventIntake): Promise<ReadinessReport> {
  const files = await filesOf(deps.db, reportId);
  const sources = await Promise.all(files.map(async (file) => ({ path: file.path, content: await getBlob(deps.files, file.sha256) })));
  if (sources.length === 0 || sources.some((source) => source.content === undefined)) {
    throw new ApiFailure(422, { code: 'files-expired', message: 'the files of this report are no longer kept; upload the architecture again and use the new report' });
  }
  const { report } = assessSources(
    sources.map((source) => ({ path: source.path, content: source.content ?? '' })),
    peakProfile(intake),
  );
  return report;
}

/** The window in which a live issue pages the engineer: around the event, and only once it is paid for. */
export function standbyState(request: Pick<RequestRow, 'tier' | 'state' | 'event_starts_at' | 'event_ends_at'>, now: number): 'not-event' | 'before' | 'open' | 'after' | 'unpaid' {
  if (request.tier !== 'event' || request.event_starts_at === null || request.event_ends_at === null) return 'not-event';
  if (!['paid', 'claimed', 'responded'].includes(request.state)) return 'unpaid';
  const margin = standbyMarginMinutes * 60_000;
  if (now < request.event_starts_at - margin) return 'before';
  if (now > request.event_ends_at + margin) return 'after';
  return 'open';
}

/** A customer's live issue during the standby window: the owning engineer (or every reviewer) is paged. */
export async function raiseLiveIssue(deps: Pick<Dependencies, 'db' | 'now' | 'origin' | 'reviewers'>, request: RequestRow, summary: string): Promise<string> {
  const text = summary.trim();
  if (text.length < 5 || text.length > 3000) throw new ApiFailure(422, { code: 'invalid-summary', message: 'describe the issue (5 to 3,000 characters)' });
  const window = standbyState(request, deps.now());
  if (window !== 'open') throw new ApiFailure(409, { code: 'outside-standby-window', message: 'live issues can be raised during the standby window around the event' });
  const page = raisePage(deps, { request, reason: 'live-issue', summary: text, actor: 'customer' });
  await deps.db.batch(page.statements);
  return page.id;
}

/** The runbook as it stands: the engineer's version, or one generated from the intake and readiness results. */
export function currentRunbook(request: RequestRow): string {
  if (request.runbook_markdown !== null) return request.runbook_markdown;
  const intake = intakeOf(request);
  const readiness = readinessOf(request);
  if (!intake || !readiness || request.event_starts_at === null) throw new ApiFailure(409, { code: 'not-an-event', message: 'this case has no event' });
  return runbookMarkdown({ report: readiness, startsAt: request.event_starts_at, timeZone: intake.timeZone, language: request.review_language });
}

const maxRunbookLength = 200_000;

export async function saveRunbook(deps: CaseDeps, id: string, reviewer: string, markdown: string, share: boolean): Promise<void> {
  const request = await loadCase(deps, id);
  assertOwner(request, reviewer);
  if (request.tier !== 'event') throw new ApiFailure(409, { code: 'not-an-event', message: 'only event cases have a runbook' });
  const text = markdown.replace(/\r\n/g, '\n').trim();
  if (text.length < 20 || text.length > maxRunbookLength)
    throw new ApiFailure(422, { code: 'invalid-runbook', message: `the runbook must be 20 to ${maxRunbookLength.toLocaleString('en')} characters` });
  const now = deps.now();
  const change = randomKey();
  const firstShare = share && request.runbook_shared_at === null;
  const set: Record<string, string | number | null> = { runbook_markdown: text, runbook_updated_at: now, runbook_updated_by: reviewer };
  if (firstShare) set['runbook_shared_at'] = now;
  const link = await customerLink(deps, request, '/runbook');
  await deps.db.batch([
    guardedUpdate(deps.db, { id: change, requestId: id, set, where: { sql: 'owner_email = ?', values: [reviewer] } }),
    insertAudit(deps.db, { requestId: id, at: now, actor: reviewer, action: firstShare ? 'runbook-shared' : 'runbook-saved', detail: `${text.length} characters` }, change),
    ...(firstShare ? [insertEmail(deps.db, customerEmail(deps, request, 'runbook-shared', { link, reviewer }), change)] : []),
  ]);
}
