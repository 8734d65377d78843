/** First-response promises: the cron flags cases at 80 % and at the deadline, once each, and metrics compare tiers with targets. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import worker from '../../worker/index';
import { localOutbox, type Mailer } from '../../worker/integrations/email/mailer';
import { sendPendingEmails } from '../../worker/services/outbox';
import { firstResponseMetrics, flagDeadlines, percentile } from '../../worker/services/sla';
import { insertPaidRequest, readRequest } from './paid-reviews';

const hour = 3600_000;
const reviewers = ['reviewer@plumbline.local', 'lin@plumbline.local'];
const deps = (now: number) => ({ db: env.DB, now: () => now, origin: 'https://plumbline.test', reviewers });

async function paidAt(paidAt: number, overrides = {}) {
  return insertPaidRequest({ state: 'paid', state_rank: 2, paid_at: paidAt, first_response_due_at: paidAt + 24 * hour, ...overrides });
}

const emailsTo = async (id: string, kind: string) =>
  (await env.DB.prepare('SELECT to_address FROM emails WHERE request_id = ? AND kind = ?').bind(id, kind).all<{ to_address: string }>()).results.map((row) => row.to_address).sort();

describe('first-response deadlines', () => {
  it('flags a case at 80 % of its time, telling every reviewer while nobody owns it, and only once', async () => {
    const start = Date.now() - 100 * 24 * hour;
    const request = await paidAt(start);
    await flagDeadlines(deps(start + 19 * hour));
    expect((await readRequest(request.id))!.sla_flag).toBeNull();
    await flagDeadlines(deps(start + 20 * hour));
    expect((await readRequest(request.id))!.sla_flag).toBe('nearing');
    await flagDeadlines(deps(start + 21 * hour));
    expect(await emailsTo(request.id, 'reviewer-sla-nearing')).toEqual(reviewers.slice().sort());
  });

  it('flags a missed deadline to the owner alone, once', async () => {
    const start = Date.now() - 100 * 24 * hour;
    const request = await paidAt(start, { state: 'claimed', state_rank: 3, owner_email: 'lin@plumbline.local' });
    await flagDeadlines(deps(start + 25 * hour));
    await flagDeadlines(deps(start + 26 * hour));
    expect((await readRequest(request.id))!.sla_flag).toBe('breached');
    expect(await emailsTo(request.id, 'reviewer-sla-breached')).toEqual(['lin@plumbline.local']);
  });

  it('leaves answered cases alone', async () => {
    const start = Date.now() - 100 * 24 * hour;
    const request = await paidAt(start, { state: 'responded', state_rank: 4, owner_email: 'lin@plumbline.local', first_response_at: start + hour });
    await flagDeadlines(deps(start + 30 * hour));
    expect((await readRequest(request.id))!.sla_flag).toBeNull();
  });

  it('runs from the five-minute cron', async () => {
    const start = Date.now() - 30 * hour;
    const request = await paidAt(start);
    const waits: Promise<unknown>[] = [];
    const controller = { scheduledTime: Date.now(), cron: '*/5 * * * *', noRetry() {} } as ScheduledController;
    await worker.scheduled(controller, env, { waitUntil: (promise: Promise<unknown>) => waits.push(promise), passThroughOnException() {}, props: {} } as unknown as ExecutionContext);
    await Promise.all(waits);
    expect((await readRequest(request.id))!.sla_flag).toBe('breached');
    const sent = await env.DB.prepare("SELECT status FROM emails WHERE request_id = ? AND kind = 'reviewer-sla-breached'").bind(request.id).all<{ status: string }>();
    expect(sent.results.every((row) => row.status === 'sent')).toBe(true);
  });
});

describe('first-response metrics', () => {
  it('computes nearest-rank percentiles', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([10], 0.9)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.5)).toBe(5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.9)).toBe(9);
  });

  it('reports p50, p90 and breaches per tier against its target', async () => {
    await env.DB.exec('DELETE FROM review_requests');
    const start = Date.now() - 10 * 24 * hour;
    for (const minutes of [60, 120, 180, 240, 300])
      await paidAt(start, { tier: 'business', first_response_due_at: start + 4 * hour, first_response_at: start + minutes * 60_000, state: 'responded', state_rank: 4 });
    await paidAt(start, { tier: 'business', first_response_due_at: start + 4 * hour });
    const business = (await firstResponseMetrics({ db: env.DB, now: () => Date.now() })).find((row) => row.tier === 'business')!;
    expect(business).toMatchObject({ targetMinutes: 240, responded: 5, p50Minutes: 180, p90Minutes: 300, breaches: 2, waiting: 1 });
  });
});

describe('the outbox', () => {
  it('retries an e-mail the provider refused and marks it sent once accepted', async () => {
    const request = await paidAt(Date.now());
    await env.DB.prepare("INSERT INTO emails (id, request_id, to_address, language, kind, subject, body, created_at) VALUES ('retry-me', ?, 'ana@example.com', 'en', 'claimed', 's', 'b', 0)")
      .bind(request.id)
      .run();
    const down: Mailer = { mode: 'resend', send: async () => Promise.reject(new Error('Resend answered 503')) };
    await sendPendingEmails({ db: env.DB, mailer: down, now: Date.now });
    const failed = await env.DB.prepare("SELECT status, attempts, last_error FROM emails WHERE id = 'retry-me'").first();
    expect(failed).toEqual({ status: 'pending', attempts: 1, last_error: 'Resend answered 503' });
    await sendPendingEmails({ db: env.DB, mailer: localOutbox(), now: Date.now });
    expect(await env.DB.prepare("SELECT status, attempts FROM emails WHERE id = 'retry-me'").first()).toEqual({ status: 'sent', attempts: 2 });
  });
});
