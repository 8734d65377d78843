// Event readiness over HTTP: the intake with its readiness results before payment, the runbook the owning
// engineer edits and shares, live issues that page the engineer during the standby window, and the console's
// list of upcoming events. The real Worker in workerd with the real local D1 and R2.
import { env, SELF } from 'cloudflare:test';
import { beforeAll, describe, expect, it } from 'vitest';
import { emailsOf } from '../../worker/db/requests';
import { ReadinessReport } from '../../checks/index.ts';
import { developmentSigningSecret } from '../../worker/middleware/dependencies';
import { requestKey } from '../../worker/services/links';
import { pagesOf } from '../../worker/services/paging';
import { openSshWithDatabaseTemplate } from '../fixtures/templates';
import { act, claimedBy, get, hour, paidRequest, post, signIn, type Session } from './console-session';
import { FormSession, origin, readRequest } from './paid-reviews';

const reviewer = 'reviewer@plumbline.local';
const lin = 'lin@plumbline.local';
const minute = 60_000;

async function uploadReport(): Promise<string> {
  const response = await SELF.fetch(`${origin}/api/reviews`, {
    method: 'POST',
    body: JSON.stringify({ files: [{ name: 'stack.yaml', content: openSshWithDatabaseTemplate }] }),
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': `10.6.0.${Math.floor(Math.random() * 250)}` },
  });
  expect(response.status).toBe(201);
  return (await response.json<{ id: string }>()).id;
}

const intake = {
  eventType: 'flash-sale',
  eventDate: '2027-11-11',
  eventTime: '20:00',
  timeZone: 'Asia/Shanghai',
  durationMinutes: '120',
  peakRps: '12,000',
  baselineRps: '800',
  concurrentUsers: '',
  peakWritesPerSecond: '1500',
  perInstanceRps: '',
  regions: 'cn-north-1, ap-southeast-1',
};

/** An event case in D1 whose standby window is open now (started ten minutes ago, two hours long). */
function eventOverrides(startsAt = Date.now() - 10 * minute) {
  const readiness: ReadinessReport = {
    readinessVersion: '1',
    profile: { eventType: 'launch', peakRps: 500, durationMinutes: 120, regions: [] },
    assumptions: [],
    items: [{ check: 'multi-az', status: 'fail', title: { en: 'Database in one zone', 'zh-cn': '数据库只在一个可用区' }, arithmetic: [{ en: '1 zone < 2 zones', 'zh-cn': '1 个可用区 < 2 个' }] }],
    quotas: [],
    summary: { pass: 0, warn: 0, fail: 1 },
  };
  const date = new Date(startsAt).toISOString();
  return {
    tier: 'event' as const,
    price_cents: 490_000,
    amount_paid_cents: 490_000,
    event_json: JSON.stringify({ eventType: 'launch', eventDate: date.slice(0, 10), eventTime: date.slice(11, 16), timeZone: 'UTC', durationMinutes: 120, peakRps: 500, regions: [] }),
    event_starts_at: startsAt,
    event_ends_at: startsAt + 120 * minute,
    readiness_json: JSON.stringify(readiness),
  };
}

describe('the event intake', () => {
  it('stores the event with its start in the event time zone and the readiness results, and shows them before payment', async () => {
    const reportId = await uploadReport();
    const session = new FormSession();
    const { csrf } = await session.get(`/request/?tier=event&report=${reportId}`);
    const response = await session.post('/request', {
      csrf: csrf!,
      tier: 'event',
      email: 'ops@example.com',
      reviewLanguage: 'zh-cn',
      concerns: 'Singles Day sale: will the database and the API hold?',
      urgency: 'planning',
      reportId,
      ...intake,
    });
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    // Not to checkout: to the status page with the results and the button to pay.
    expect(location).toMatch(/^\/requests\/[A-Za-z0-9_-]{22}\?key=/);
    const id = /\/requests\/([A-Za-z0-9_-]{22})/.exec(location)![1]!;
    const stored = (await readRequest(id))!;
    expect(stored.tier).toBe('event');
    expect(stored.state).toBe('awaiting_payment');
    expect(stored.price_cents).toBe(490_000);
    // 20:00 in Shanghai (UTC+8) is 12:00 UTC; the window lasts the event's 120 minutes.
    expect(new Date(stored.event_starts_at!).toISOString()).toBe('2027-11-11T12:00:00.000Z');
    expect(stored.event_ends_at! - stored.event_starts_at!).toBe(120 * minute);
    expect(JSON.parse(stored.event_json!)).toMatchObject({ eventType: 'flash-sale', peakRps: 12_000, peakWritesPerSecond: 1500, regions: ['cn-north-1', 'ap-southeast-1'] });
    const readiness = ReadinessReport.parse(JSON.parse(stored.readiness_json!));
    expect(readiness.profile.peakRps).toBe(12_000);
    expect(readiness.items.length).toBeGreaterThan(0);

    const page = await session.get(location);
    expect(page.response.status).toBe(200);
    expect(page.html).toContain('Readiness for your peak');
    expect(page.html).toContain('Flash sale');
    expect(page.html).toMatch(/Book event readiness · \$4,900/);
    for (const item of readiness.items) expect(page.html).toContain(`data-check="${item.check}"`);
  });

  it('asks for every intake field and a report, in the page language, and stores nothing', async () => {
    const session = new FormSession();
    const { csrf } = await session.get('/request/?tier=event');
    const before = await env.DB.prepare('SELECT COUNT(*) AS n FROM review_requests').first<{ n: number }>();
    const response = await session.post('/request', {
      csrf: csrf!,
      tier: 'event',
      email: 'ops@example.com',
      reviewLanguage: 'en',
      concerns: 'Launch next month, please check.',
      urgency: 'planning',
      ...intake,
      eventDate: '11/11/2027',
      timeZone: 'Mars/Olympus',
      peakRps: 'lots',
      regions: 'Beijing',
    });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('Enter the date as YYYY-MM-DD.');
    expect(html).toContain('Enter a time zone name');
    expect(html).toContain('Enter the expected peak in requests per second.');
    expect(html).toContain('List Region codes such as us-east-1');
    expect(html).toContain('Event readiness needs a report');
    expect(html).toContain('value="Mars/Olympus"');
    const after = await env.DB.prepare('SELECT COUNT(*) AS n FROM review_requests').first<{ n: number }>();
    expect(after!.n).toBe(before!.n);
  });

  it('tells the customer to upload again when the report’s files are no longer kept', async () => {
    const reportId = await uploadReport();
    const files = await env.DB.prepare('SELECT sha256 FROM review_files WHERE review_id = ?').bind(reportId).all<{ sha256: string }>();
    await env.FILES.delete(files.results.map((file) => `files/${file.sha256}`));
    const session = new FormSession();
    const { csrf } = await session.get('/request/');
    const response = await session.post('/request', {
      csrf: csrf!,
      tier: 'event',
      email: 'ops@example.com',
      reviewLanguage: 'en',
      concerns: 'Launch next month, please check.',
      urgency: 'planning',
      reportId,
      ...intake,
    });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('no longer kept');
  });
});

describe('the runbook', () => {
  let owner: Session;
  let other: Session;
  beforeAll(async () => {
    [owner, other] = await Promise.all([signIn(reviewer), signIn(lin)]);
  });

  it('is generated for the owning engineer, who edits it, saves it and shares it with the customer', async () => {
    const request = await claimedBy(owner, eventOverrides(Date.now() + 30 * 24 * hour));
    const casePage = await (await get(`/console/cases/${request.id}`, owner.cookie)).text();
    expect(casePage).toContain('name="runbook"');
    expect(casePage).toContain('- [ ]');

    const key = await requestKey(developmentSigningSecret, request.id);
    const customerBefore = await get(`/requests/${request.id}/runbook?key=${key}`);
    expect(customerBefore.status).toBe(303);

    const edited = '# Launch runbook\n\n- [ ] Raise the Lambda concurrency quota — **Owner:** platform lead\n- [x] Load test at 2× peak';
    expect((await act(owner, request.id, 'runbook', { runbook: edited, share: '0' })).status).toBe(303);
    expect((await readRequest(request.id))!.runbook_shared_at).toBeNull();
    expect((await act(owner, request.id, 'runbook', { runbook: edited, share: '1' })).status).toBe(303);
    const shared = (await readRequest(request.id))!;
    expect(shared.runbook_markdown).toBe(edited);
    expect(shared.runbook_shared_at).not.toBeNull();
    const emails = await emailsOf(env.DB, request.id);
    expect(emails.filter((email) => email.kind === 'runbook-shared')).toHaveLength(1);
    expect(emails.find((email) => email.kind === 'runbook-shared')!.body).toContain(`/requests/${request.id}/runbook?key=`);

    const customer = await get(`/requests/${request.id}/runbook?key=${key}`);
    expect(customer.status).toBe(200);
    const html = await customer.text();
    expect(html).toContain('<h1>Launch runbook</h1>');
    expect(html).toContain('<li class="task"><span class="task-box" aria-hidden="true">☐</span> Raise the Lambda concurrency quota');
    expect(html).toContain('<li class="task task-done"><span class="task-box" aria-hidden="true">☑</span> Load test');
  });

  it('can be changed only by the case owner', async () => {
    const request = await claimedBy(owner, eventOverrides(Date.now() + 30 * 24 * hour));
    const refused = await act(other, request.id, 'runbook', { runbook: '# Not mine\n\n- [ ] anything at all', share: '1' });
    expect(refused.status).toBe(409);
    expect((await readRequest(request.id))!.runbook_markdown).toBeNull();
  });

  it('escapes what the engineer writes', async () => {
    const request = await claimedBy(owner, eventOverrides(Date.now() + 30 * 24 * hour));
    await act(owner, request.id, 'runbook', { runbook: '# Plan\n\n<script>alert(1)</script> [x](javascript:alert(1))', share: '1' });
    const key = await requestKey(developmentSigningSecret, request.id);
    const html = await (await get(`/requests/${request.id}/runbook?key=${key}`)).text();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('href="javascript:');
  });
});

describe('live issues during the standby window', () => {
  let owner: Session;
  beforeAll(async () => {
    owner = await signIn(reviewer);
  });

  async function raise(id: string, summary: string) {
    const key = await requestKey(developmentSigningSecret, id);
    const session = new FormSession();
    // Any form page hands out the CSRF pair; the status page has no form outside the window.
    const { csrf } = await session.get('/request/');
    return { response: await session.post(`/requests/${id}/live-issue`, { csrf: csrf!, key, summary }), key, session };
  }

  it('page the owning engineer by e-mail and in the console, who answers the customer within the target', async () => {
    const request = await claimedBy(owner, eventOverrides());
    const { response, key, session } = await raise(request.id, 'Checkout returns 503 for a third of requests since 20:05.');
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toContain('raised=1');

    const [page] = await pagesOf(env.DB, request.id);
    expect(page).toMatchObject({ reason: 'live-issue', engineer_email: reviewer, acknowledged_at: null });
    expect(page!.respond_by - page!.raised_at).toBe(15 * minute);
    const paged = (await emailsOf(env.DB, request.id)).filter((email) => email.kind === 'reviewer-paged');
    expect(paged.map((email) => email.to_address)).toEqual([reviewer]);
    expect(paged[0]!.subject).toMatch(/^PAGE: live issue during the event/);

    const queue = await (await get('/console', owner.cookie)).text();
    expect(queue).toContain('class="page-alerts"');
    expect(queue).toContain(`/console/cases/${request.id}#pages-heading`);
    const customerWaiting = (await session.get(`/requests/${request.id}?key=${key}`)).html;
    expect(customerWaiting).toContain('Waiting for the engineer');

    const answer = await post(`/console/pages/${page!.id}/acknowledge`, { csrf: owner.csrf, response: 'Looking now: the payment provider is timing out; failing over to the backup.' }, owner.cookie);
    expect(answer.status).toBe(303);
    const again = await post(`/console/pages/${page!.id}/acknowledge`, { csrf: owner.csrf, response: 'Second answer' }, owner.cookie);
    expect(again.status).toBe(409);
    const [answered] = await pagesOf(env.DB, request.id);
    expect(answered).toMatchObject({ acknowledged_by: reviewer, response: 'Looking now: the payment provider is timing out; failing over to the backup.' });
    expect((await emailsOf(env.DB, request.id)).filter((email) => email.kind === 'page-answered')).toHaveLength(1);
    const customerAnswered = (await session.get(`/requests/${request.id}?key=${key}`)).html;
    expect(customerAnswered).toContain('failing over to the backup');
    expect(await (await get('/console', owner.cookie)).text()).not.toContain(`/console/cases/${request.id}#pages-heading`);
  });

  it('page every reviewer while nobody owns the case', async () => {
    const request = await paidRequest(eventOverrides());
    expect((await raise(request.id, 'Orders are not being confirmed at all.')).response.status).toBe(303);
    const paged = (await emailsOf(env.DB, request.id)).filter((email) => email.kind === 'reviewer-paged');
    expect(paged.length).toBeGreaterThanOrEqual(2);
  });

  it('are refused outside the window and before payment', async () => {
    const early = await paidRequest(eventOverrides(Date.now() + 5 * 24 * hour));
    expect((await raise(early.id, 'Just testing the button early.')).response.status).toBe(409);
    const unpaid = await paidRequest({ ...eventOverrides(), state: 'awaiting_payment', state_rank: 0, paid_at: null });
    expect((await raise(unpaid.id, 'Not paid but trying anyway.')).response.status).toBe(409);
    expect(await pagesOf(env.DB, early.id)).toHaveLength(0);
    expect(await pagesOf(env.DB, unpaid.id)).toHaveLength(0);
  });
});

describe('the console’s events', () => {
  it('lists upcoming events by start time with their standby state', async () => {
    const session = await signIn(reviewer);
    const later = await paidRequest({ ...eventOverrides(Date.now() + 9 * 24 * hour), email: 'later@example.com' });
    const sooner = await paidRequest({ ...eventOverrides(Date.now() + 2 * 24 * hour), email: 'sooner@example.com' });
    const html = await (await get('/console/events', session.cookie)).text();
    expect(html).toContain('Upcoming events');
    const soonerAt = html.indexOf(`/console/cases/${sooner.id}`);
    const laterAt = html.indexOf(`/console/cases/${later.id}`);
    expect(soonerAt).toBeGreaterThan(0);
    expect(laterAt).toBeGreaterThan(soonerAt);
    const chinese = await (await get('/zh-cn/console/events', session.cookie)).text();
    expect(chinese).toContain('即将进行的活动');
  });
});
