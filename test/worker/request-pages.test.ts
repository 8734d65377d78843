/** The customer's side over HTTP in local mode: form → stored request → test checkout → signed webhook → status page. */
import { env, SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { openSshWithDatabaseTemplate } from '../fixtures/templates';
import { developmentSigningSecret } from '../../worker/middleware/dependencies';
import { requestKey } from '../../worker/services/links';
import { FormSession, insertPaidRequest, origin, readRequest } from './paid-reviews';
import { sendUntilLimited } from './rate-limit';

const validForm = { tier: 'developer', email: 'Ana@Example.com', reviewLanguage: 'zh-cn', concerns: 'We launch next week; is the database ready?', urgency: 'this-week' };

async function uploadReport(): Promise<string> {
  const response = await SELF.fetch(`${origin}/api/reviews`, {
    method: 'POST',
    body: JSON.stringify({ files: [{ name: 'stack.yaml', content: openSshWithDatabaseTemplate }] }),
    headers: { 'content-type': 'application/json', 'cf-connecting-ip': `10.7.0.${Math.floor(Math.random() * 250)}` },
  });
  return (await response.json<{ id: string }>()).id;
}

describe('the request form', () => {
  it('is served in both languages with a CSRF token, the three tiers bought per request and a link to switch an engineer on', async () => {
    const session = new FormSession();
    const english = await session.get('/request/?tier=business');
    expect(english.response.status).toBe(200);
    expect(english.response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(english.csrf).toMatch(/^[0-9a-f]{48}$/);
    expect(english.html).toContain('value="business" checked');
    expect(english.html).toMatch(/<input type="radio" name="tier" value="event"(?![^>]*disabled)/);
    expect(english.html).toContain('href="/on-demand/"');
    expect(english.html).not.toContain('coming soon');
    const chinese = await session.get('/zh-cn/request/');
    expect(chinese.html).toContain('<html lang="zh-CN">');
    expect(chinese.html).toContain('找工程师评审');
    expect(chinese.html).toContain('href="/zh-cn/on-demand/"');
    expect(chinese.html).toContain('开启按需工程师');
  });

  it('refuses a post without the CSRF token (403) and one from another site', async () => {
    const session = new FormSession();
    await session.get('/request/');
    expect((await session.post('/request', validForm)).status).toBe(403);
    const crossSite = await SELF.fetch(`${origin}/request`, {
      method: 'POST',
      body: new URLSearchParams(validForm),
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    });
    expect(crossSite.status).toBe(403);
  });

  it('shows what is wrong with each field, in the page language, and stores nothing', async () => {
    const session = new FormSession();
    const { csrf } = await session.get('/zh-cn/request/');
    const before = await env.DB.prepare('SELECT COUNT(*) AS n FROM review_requests').first<{ n: number }>();
    const response = await session.post('/zh-cn/request', { csrf: csrf!, tier: 'event', email: 'not-an-address', reviewLanguage: 'en', concerns: 'short', urgency: 'planning' });
    expect(response.status).toBe(422);
    const html = await response.text();
    expect(html).toContain('请输入有效的电子邮箱');
    // The event tier asks for its intake and a report, each field named in the page's language.
    expect(html).toContain('请按 YYYY-MM-DD 格式填写日期');
    expect(html).toContain('请填写预期峰值');
    expect(html).toContain('活动保障需要一份报告');
    expect(html).toContain('aria-invalid="true"');
    expect(html).toContain('value="not-an-address"');
    const after = await env.DB.prepare('SELECT COUNT(*) AS n FROM review_requests').first<{ n: number }>();
    expect(after!.n).toBe(before!.n);
  });

  it('stores the request linked to its report before redirecting to checkout, and e-mails the private link', async () => {
    const reportId = await uploadReport();
    const session = new FormSession();
    const { csrf, html } = await session.get(`/request/?report=${reportId}`);
    expect(html).toContain(`name="reportId" value="${reportId}"`);
    const response = await session.post('/request', { ...validForm, csrf: csrf!, reportId });
    expect(response.status).toBe(303);
    const checkoutUrl = new URL(response.headers.get('location')!);
    expect(checkoutUrl.pathname).toMatch(/^\/checkout\/test\/cs_test_local_/);
    const stored = await env.DB.prepare('SELECT * FROM review_requests WHERE report_id = ?')
      .bind(reportId)
      .first<{ id: string; state: string; email: string; review_language: string; page_language: string; checkout_session_id: string }>();
    expect(stored).toMatchObject({ state: 'awaiting_payment', email: 'ana@example.com', review_language: 'zh-cn', page_language: 'en' });
    expect(stored!.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(checkoutUrl.pathname).toBe(`/checkout/test/${stored!.checkout_session_id}`);
    const mail = await env.DB.prepare("SELECT * FROM emails WHERE request_id = ? AND kind = 'request-received'").bind(stored!.id).first<{ language: string; body: string; status: string }>();
    expect(mail!.language).toBe('zh-cn');
    expect(mail!.body).toMatch(new RegExp(`${origin}/requests/${stored!.id}\\?key=[A-Za-z0-9_-]{43}`));
    expect(mail!.status).toBe('sent');
  });

  it('answers 422 with the field marked when the linked report does not exist', async () => {
    const session = new FormSession();
    const { csrf } = await session.get('/request/');
    const response = await session.post('/request', { ...validForm, csrf: csrf!, reportId: `${origin}/reviews/AAAAAAAAAAAAAAAAAAAAAA` });
    expect(response.status).toBe(422);
    expect(await response.text()).toContain('no longer exists');
  });
});

describe('the test checkout and the status page', () => {
  async function requestAndCheckout() {
    const session = new FormSession();
    const { csrf } = await session.get('/request/');
    const created = await session.post('/request', { ...validForm, csrf: csrf! });
    const checkoutPath = new URL(created.headers.get('location')!).pathname;
    return { session, checkoutPath };
  }

  it('is marked TEST MODE and pays through the signed webhook, landing on a status page that shows paid', async () => {
    const { session, checkoutPath } = await requestAndCheckout();
    const page = await session.get(checkoutPath);
    expect(page.html).toContain('测试模式'); // the review language chose Chinese checkout
    const paid = await session.post(checkoutPath, { csrf: page.csrf!, outcome: 'pay' });
    expect(paid.status).toBe(303);
    const statusUrl = new URL(paid.headers.get('location')!);
    expect(statusUrl.searchParams.get('checkout')).toBe('done');
    const status = await session.get(statusUrl.pathname + statusUrl.search);
    expect(status.response.status).toBe(200);
    expect(status.html).toContain('Paid. Your request is in the engineers’ queue.');
    const id = statusUrl.pathname.split('/').pop()!;
    expect((await readRequest(id))!.state).toBe('paid');
    expect((await env.DB.prepare('SELECT outcome FROM billing_events WHERE request_id = ?').bind(id).first<{ outcome: string }>())!.outcome).toBe('applied');
    // A second click on the same session sends nothing more.
    await session.post(checkoutPath, { csrf: page.csrf!, outcome: 'pay' });
    expect((await env.DB.prepare('SELECT COUNT(*) AS n FROM billing_events WHERE request_id = ?').bind(id).first<{ n: number }>())!.n).toBe(1);
  });

  it('keeps a cancelled request payable from its status page', async () => {
    const { session, checkoutPath } = await requestAndCheckout();
    const page = await session.get(checkoutPath);
    const cancelUrl = /href="([^"]*checkout=cancelled)"/.exec(page.html)![1]!.replaceAll('&amp;', '&');
    const status = await session.get(new URL(cancelUrl).pathname + new URL(cancelUrl).search);
    expect(status.html).toContain('Payment was cancelled');
    const again = await session.post(new URL(cancelUrl).pathname + '/checkout', { csrf: status.csrf!, key: new URL(cancelUrl).searchParams.get('key')! });
    expect(again.status).toBe(303);
    expect(new URL(again.headers.get('location')!).pathname).toMatch(/^\/checkout\/test\//);
  });

  it('answers 404 for a status link with a wrong key, the same as for no request at all', async () => {
    const { session, checkoutPath } = await requestAndCheckout();
    const page = await session.get(checkoutPath);
    const paid = await session.post(checkoutPath, { csrf: page.csrf!, outcome: 'pay' });
    const statusUrl = new URL(paid.headers.get('location')!);
    const wrongKey = await SELF.fetch(`${origin}${statusUrl.pathname}?key=${'A'.repeat(43)}`);
    expect(wrongKey.status).toBe(404);
    const noKey = await SELF.fetch(`${origin}${statusUrl.pathname}`);
    expect(noKey.status).toBe(404);
    const noRequest = await SELF.fetch(`${origin}/requests/AAAAAAAAAAAAAAAAAAAAAA?key=${statusUrl.searchParams.get('key')}`);
    expect(noRequest.status).toBe(404);
  });

  it('is not served when payments are not in local mode', async () => {
    const { checkoutPath } = await requestAndCheckout();
    const { app } = await import('../../worker/index');
    const response = await app.request(`${origin}${checkoutPath}`, {}, { ...env, PAYMENTS_MODE: '' });
    expect(response.status).toBe(404);
  });
});

describe('after delivery', () => {
  async function delivered(tier: 'developer' | 'business') {
    const request = await insertPaidRequest({
      tier,
      price_cents: tier === 'developer' ? 29_000 : 99_000,
      state: 'delivered',
      state_rank: 5,
      owner_email: 'lin@plumbline.local',
      paid_at: Date.now() - 3600_000,
      first_response_due_at: Date.now() + 3600_000,
      first_response_at: Date.now() - 1800_000,
      delivered_at: Date.now(),
      review_markdown: '## Summary\n\nMove the database to **Multi-AZ**.',
    });
    return { request, key: await requestKey(developmentSigningSecret, request.id) };
  }

  it('shows the review as a page and as Markdown', async () => {
    const { request, key } = await delivered('developer');
    const page = await new FormSession().get(`/requests/${request.id}/review?key=${key}`);
    expect(page.html).toContain('<strong>Multi-AZ</strong>');
    const markdown = await SELF.fetch(`${origin}/requests/${request.id}/review.md?key=${key}`);
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(await markdown.text()).toContain('Move the database to **Multi-AZ**.');
  });

  it('lets a Developer customer ask exactly one follow-up question, which reaches the owner', async () => {
    const { request, key } = await delivered('developer');
    const session = new FormSession();
    const { csrf, html } = await session.get(`/requests/${request.id}/review?key=${key}`);
    expect(html).toContain('name="question"');
    expect((await session.post(`/requests/${request.id}/follow-up`, { csrf: csrf!, key, question: 'Should the read replica be Multi-AZ too?' })).status).toBe(303);
    expect((await readRequest(request.id))!.follow_up_question).toBe('Should the read replica be Multi-AZ too?');
    const mail = await env.DB.prepare("SELECT to_address FROM emails WHERE request_id = ? AND kind = 'reviewer-follow-up'").bind(request.id).first<{ to_address: string }>();
    expect(mail!.to_address).toBe('lin@plumbline.local');
    expect((await session.post(`/requests/${request.id}/follow-up`, { csrf: csrf!, key, question: 'And another one?' })).status).toBe(409);
    expect((await readRequest(request.id))!.follow_up_question).toBe('Should the read replica be Multi-AZ too?');
  });

  it('offers no follow-up question on a Business review (it includes a call instead)', async () => {
    const { request, key } = await delivered('business');
    const session = new FormSession();
    const { html } = await session.get(`/requests/${request.id}/review?key=${key}`);
    expect(html).not.toContain('name="question"');
    const { csrf } = await session.get('/request/');
    expect((await session.post(`/requests/${request.id}/follow-up`, { csrf: csrf!, key, question: 'A question?' })).status).toBe(409);
  });

  it('does not accept a follow-up without the private key', async () => {
    const { request } = await delivered('developer');
    const session = new FormSession();
    const { csrf } = await session.get('/request/');
    expect((await session.post(`/requests/${request.id}/follow-up`, { csrf: csrf!, key: 'guess', question: 'A question?' })).status).toBe(404);
  });
});

describe('rate limits', () => {
  it('answer 429 with Retry-After once one address creates too many requests', async () => {
    const session = new FormSession();
    session.address = '192.0.2.77';
    const { csrf } = await session.get('/request/');
    // wrangler.toml allows 10 a minute.
    const { passed, limited } = await sendUntilLimited(() => session.post('/request', { ...validForm, csrf: csrf! }), 10);
    expect(passed.length).toBeGreaterThanOrEqual(10);
    expect(new Set(passed.map((response) => response.status))).toEqual(new Set([303]));
    expect(limited?.status).toBe(429);
    expect(limited!.headers.get('retry-after')).toBe('60');
  });
});
