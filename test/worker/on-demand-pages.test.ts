/** The customer's on-demand pages through the front door: switch on, subscribe at the test checkout, open a case, switch off. */
import { env } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { onDemandStrings } from '../../worker/pages/strings/on-demand';
import { FormSession } from './paid-reviews';

async function switchOn(session: FormSession, prefix = '', email = `ops-${crypto.randomUUID()}@example.com`, language = 'en') {
  const { csrf } = await session.get(`${prefix}/on-demand/`);
  const response = await session.post(`${prefix}/on-demand`, { csrf: csrf!, email, language });
  return { response, email };
}

async function subscribe(session: FormSession, checkoutUrl: string) {
  const checkout = await session.get(new URL(checkoutUrl).pathname);
  const paid = await session.post(new URL(checkoutUrl).pathname, { csrf: checkout.csrf!, outcome: 'pay' });
  return { checkout, paid };
}

describe('switching on', () => {
  it('shows the form in both languages with the per-second price', async () => {
    const session = new FormSession();
    const english = await session.get('/on-demand/');
    expect(english.response.status).toBe(200);
    expect(english.html).toContain(onDemandStrings.en.formTitle);
    expect(english.html).toContain('$0.05');
    const chinese = await session.get('/zh-cn/on-demand/');
    expect(chinese.html).toContain(onDemandStrings['zh-cn'].formTitle);
  });

  it('refuses a bad e-mail address with the reason and stores nothing', async () => {
    const session = new FormSession();
    const { csrf } = await session.get('/zh-cn/on-demand/');
    const response = await session.post('/zh-cn/on-demand', { csrf: csrf!, email: 'nope', language: 'en' });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain(onDemandStrings['zh-cn'].errors['email']);
  });

  it('refuses a form without the CSRF token', async () => {
    const session = new FormSession();
    await session.get('/on-demand/');
    expect((await session.post('/on-demand', { email: 'ops@example.com', language: 'en' })).status).toBe(403);
  });

  it('stores the account and e-mails its link before the redirect to a subscription checkout, and activates it only from the webhook', async () => {
    const session = new FormSession();
    const { response, email } = await switchOn(session);
    expect(response.status).toBe(303);
    const checkoutUrl = response.headers.get('location')!;
    expect(checkoutUrl).toMatch(/\/checkout\/test\/cs_test_local_/);
    const account = await env.DB.prepare('SELECT id, state, checkout_session_id FROM on_demand_accounts WHERE email = ?')
      .bind(email)
      .first<{ id: string; state: string; checkout_session_id: string }>();
    expect(account).toMatchObject({ state: 'pending', checkout_session_id: checkoutUrl.split('/').pop() });
    const saved = await env.DB.prepare("SELECT body FROM emails WHERE to_address = ? AND kind = 'on-demand-saved'").bind(email).first<{ body: string }>();
    expect(saved!.body).toContain(`/on-demand/${account!.id}?key=`);

    const { checkout, paid } = await subscribe(session, checkoutUrl);
    expect(checkout.html).toContain('per hour, billed by the second');
    expect(paid.status).toBe(303);
    const accountUrl = paid.headers.get('location')!;
    expect(accountUrl).toContain(`/on-demand/${account!.id}?key=`);
    expect(await env.DB.prepare('SELECT state FROM on_demand_accounts WHERE id = ?').bind(account!.id).first()).toEqual({ state: 'active' });
    const page = await session.get(new URL(accountUrl).pathname + new URL(accountUrl).search);
    expect(page.html).toContain(onDemandStrings.en.stateText.active);
    expect(page.html).toContain(onDemandStrings.en.rounding);
  });

  it('answers 404 for a wrong key, the same as for no account', async () => {
    const session = new FormSession();
    const { email } = await switchOn(session);
    const { id } = (await env.DB.prepare('SELECT id FROM on_demand_accounts WHERE email = ?').bind(email).first<{ id: string }>())!;
    expect((await session.get(`/on-demand/${id}?key=wrong`)).response.status).toBe(404);
    expect((await session.get('/on-demand/AAAAAAAAAAAAAAAAAAAAAA?key=wrong')).response.status).toBe(404);
  });
});

describe('using it', () => {
  it('opens a case from the page, shows it with its time, and switches off to the final usage and invoice', async () => {
    const session = new FormSession();
    const { response } = await switchOn(session, '/zh-cn', undefined, 'zh-cn');
    const { paid } = await subscribe(session, response.headers.get('location')!);
    const accountUrl = new URL(paid.headers.get('location')!);
    const path = accountUrl.pathname;
    const key = accountUrl.searchParams.get('key')!;
    const accountId = path.split('/').pop()!;

    const page = await session.get(`${path}?key=${key}`);
    const tooShort = await session.post(`${path}/cases`, { csrf: page.csrf!, key, summary: 'help' });
    expect(tooShort.status).toBe(422);
    const opened = await session.post(`${path}/cases`, { csrf: page.csrf!, key, summary: '队列消费者每晚都跟不上，需要帮助。', critical: 'on' });
    expect(opened.status).toBe(303);
    const request = await env.DB.prepare('SELECT id, critical, state FROM review_requests WHERE account_id = ?').bind(accountId).first<{ id: string; critical: number; state: string }>();
    expect(request).toMatchObject({ critical: 1, state: 'paid' });

    // The case's own status page (linked from the account page) prices it by the second, not at $0.
    const caseLink = new RegExp(`href="(/zh-cn/requests/${request!.id}\\?key=[^"]+)"`).exec((await session.get(`${path}?key=${key}`)).html)![1]!;
    const casePage = (await session.get(caseLink.replaceAll('&amp;', '&'))).html;
    expect(casePage).toContain('每小时，按秒计费');

    // An engineer's 61.4 seconds on it, reported as a meter event.
    const { stripe_customer_id } = (await env.DB.prepare('SELECT stripe_customer_id FROM on_demand_accounts WHERE id = ?').bind(accountId).first<{ stripe_customer_id: string }>())!;
    await env.DB.prepare('INSERT INTO time_entries (id, request_id, account_id, engineer, started_at, stopped_at, seconds) VALUES (?, ?, ?, ?, ?, ?, 61)')
      .bind(`te-${accountId}`, request!.id, accountId, 'lin@plumbline.local', Date.now() - 61_400, Date.now())
      .run();
    const withTime = await session.get(`${path}?key=${key}`);
    expect(withTime.html).toContain('data-usage-seconds="61"');
    expect(withTime.html).toContain('data-usage-cents="305"');

    const off = await session.post(`${path}/switch-off`, { csrf: withTime.csrf!, key });
    expect(off.status).toBe(303);
    expect(await env.DB.prepare('SELECT state FROM on_demand_accounts WHERE id = ?').bind(accountId).first()).toEqual({ state: 'ended' });
    expect(await env.DB.prepare('SELECT value FROM local_meter_events WHERE customer_id = ?').bind(stripe_customer_id).first()).toEqual({ value: 61 });
    const final = await session.get(`${path}?key=${key}`);
    expect(final.html).toContain(onDemandStrings['zh-cn'].finalHeading);
    expect(final.html).toContain('data-invoice-status="paid"');
    expect(final.html).toContain('US$3.05');
    expect(final.html).not.toContain(`${path}/cases"`);
  });
});
