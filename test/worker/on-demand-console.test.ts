/** The console's on-demand work through the front door: the timer, the queue's marks, the away switch, the handover note. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { consoleOnDemandStrings } from '../../worker/pages/strings/console-on-demand';
import { insertActiveAccount, insertCase } from './on-demand-helpers';
import { FormSession } from './paid-reviews';

const t = consoleOnDemandStrings.en;

async function reviewer(email: string) {
  const session = new FormSession();
  const { csrf } = await session.get('/console/sign-in');
  const signedIn = await session.post('/console/sign-in', { csrf: csrf!, email, next: '/console' });
  expect(signedIn.status).toBe(303);
  return session;
}

const csrfOf = async (session: FormSession, path: string) => (await session.get(path)).csrf!;

describe('time in the console', () => {
  it('starts and stops the timer on an owned case, refuses a second timer, and bills the seconds', async () => {
    const me = 'reviewer@plumbline.local';
    await env.DB.prepare('DELETE FROM time_entries WHERE engineer = ? AND stopped_at IS NULL').bind(me).run();
    const session = await reviewer(me);
    const account = await insertActiveAccount();
    const [first, second] = [await insertCase(account, me), await insertCase(account, me)];

    const page = await session.get(`/console/cases/${first.id}`);
    expect(page.html).toContain(t.sectionTitle);
    expect(page.html).toContain(t.start);
    expect((await session.post(`/console/cases/${first.id}/timer/start`, { csrf: page.csrf! })).status).toBe(303);
    expect((await session.get(`/console/cases/${first.id}`)).html).toContain(t.stop);

    const refused = await session.post(`/console/cases/${second.id}/timer/start`, { csrf: page.csrf! });
    expect(refused.status).toBe(409);
    expect(await refused.text()).toContain(t.errors['timer-running']);

    await env.DB.prepare('UPDATE time_entries SET started_at = started_at - 42000 WHERE engineer = ? AND stopped_at IS NULL').bind(me).run();
    expect((await session.post('/console/timer/stop', { csrf: page.csrf!, case: first.id })).status).toBe(303);
    const entry = await env.DB.prepare('SELECT id, seconds, reported_at FROM time_entries WHERE request_id = ?').bind(first.id).first<{ id: string; seconds: number; reported_at: number | null }>();
    expect(entry!.seconds).toBeGreaterThanOrEqual(42);
    expect(entry!.reported_at).not.toBeNull();
    expect(await env.DB.prepare('SELECT value FROM local_meter_events WHERE identifier = ?').bind(entry!.id).first()).toEqual({ value: entry!.seconds });
    expect((await session.get(`/console/cases/${first.id}`)).html).toContain(`data-case-total-seconds="${entry!.seconds}"`);
  });

  it("refuses a timer on someone else's case", async () => {
    const session = await reviewer('lin@plumbline.local');
    const account = await insertActiveAccount();
    const theirs = await insertCase(account, 'reviewer@plumbline.local');
    const refused = await session.post(`/console/cases/${theirs.id}/timer/start`, { csrf: await csrfOf(session, '/console/') });
    expect(refused.status).toBe(409);
  });
});

describe('the named engineer in the console', () => {
  it("marks the named engineer's customers and critical cases in the queue", async () => {
    const session = await reviewer('lin@plumbline.local');
    const account = await insertActiveAccount({ named_engineer: 'lin@plumbline.local' });
    const request = await insertCase(account, undefined, { reserved_for: 'lin@plumbline.local', reserved_until: Date.now() + 3600_000, critical: 1 });
    const queue = (await session.get('/console/')).html;
    const item = queue.slice(queue.indexOf(`/console/cases/${request.id}`));
    expect(item.slice(0, 600)).toContain(t.yourCustomer);
    expect(item.slice(0, 600)).toContain(t.critical);
  });

  it('lets an engineer mark themselves away and back', async () => {
    const session = await reviewer('reviewer@plumbline.local');
    const csrf = await csrfOf(session, '/console/');
    expect((await session.post('/console/away', { csrf, away: '1' })).status).toBe(303);
    expect(await env.DB.prepare('SELECT away FROM reviewer_presence WHERE email = ?').bind('reviewer@plumbline.local').first()).toEqual({ away: 1 });
    expect((await session.get('/console/')).html).toContain(t.back);
    await session.post('/console/away', { csrf, away: '0' });
    expect((await session.get('/console/')).html).toContain(t.away);
  });

  it("asks for a handover note when claiming in the named engineer's place, and shows it on the case", async () => {
    const named = `named-${crypto.randomUUID()}@plumbline.local`;
    const account = await insertActiveAccount({ named_engineer: named });
    const request = await insertCase(account, undefined, { reserved_for: named, reserved_until: Date.now() - 1 });
    const session = await reviewer('lin@plumbline.local');
    const page = await session.get(`/console/cases/${request.id}`);
    expect(page.html).toContain(t.claimInstead);
    const refused = await session.post(`/console/cases/${request.id}/claim`, { csrf: page.csrf!, handoverNote: 'short' });
    expect(refused.status).toBe(422);
    const claimed = await session.post(`/console/cases/${request.id}/claim`, { csrf: page.csrf!, handoverNote: 'Restarted the consumers; the <b>root cause</b> is the DLQ.' });
    expect(claimed.status).toBe(303);
    const after = (await session.get(`/console/cases/${request.id}`)).html;
    expect(after).toContain(t.handoverNoteHeading);
    expect(after).toContain('the &lt;b&gt;root cause&lt;/b&gt; is the DLQ');
  });
});
