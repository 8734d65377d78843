// The reviewer console through its front door: the real Worker in workerd, the real local D1 and R2.
import { env, SELF } from 'cloudflare:test';
import { createLocalJWKSet, exportJWK, generateKeyPair, SignJWT, type CryptoKey, type JSONWebKeySet } from 'jose';
import { beforeAll, describe, expect, it } from 'vitest';
import { app, createApp } from '../../worker/index';
import { auditOf, emailsOf, findRequest, notesOf } from '../../worker/db/requests';
import { dependenciesFromEnv } from '../../worker/middleware/dependencies';
import { countdownText } from '../../worker/pages/console/countdown';
import { consoleStrings } from '../../worker/pages/strings/console';
import type { RequestRow } from '../../worker/schemas/requests';
import { countdownText as browserCountdownText } from '../../site/public/js/console.js';
import { openSshWithDatabaseTemplate } from '../fixtures/templates';
import { act, claimedBy, cookieFrom, csrfPair, get, hour, nextAddress, paidRequest, post, signIn, type Session } from './console-session';
import { sendUntilLimited } from './rate-limit';

const origin = 'https://plumbline.test';
const reviewer = 'reviewer@plumbline.local';
const lin = 'lin@plumbline.local';

let reviewerSession: Session;
let linSession: Session;
beforeAll(async () => {
  [reviewerSession, linSession] = await Promise.all([signIn(reviewer), signIn(lin)]);
});

describe('console routes', () => {
  it('refuses every console route except the sign-in to a visitor who is not signed in', async () => {
    const placeholderId = 'AAAAAAAAAAAAAAAAAAAAAA';
    const routes = app.routes.filter((route) => /^(\/zh-cn)?\/console(\/|$)/.test(route.path) && !/\/sign-in$/.test(route.path));
    const tried = new Set<string>();
    for (const route of routes) {
      // `:id` becomes a well-formed id; a middleware's `*` becomes a path no handler knows.
      const path = route.path.replace(/:[A-Za-z]+(\{[^}]*\})?/g, placeholderId).replace(/\*$/, 'anything');
      for (const method of route.method === 'ALL' ? ['GET', 'POST'] : [route.method]) {
        if (tried.has(`${method} ${path}`)) continue;
        tried.add(`${method} ${path}`);
        // A matching CSRF cookie and field: the missing session must be the only reason for refusal.
        const response = await SELF.fetch(`${origin}${path}`, {
          method,
          redirect: 'manual',
          headers: { origin, cookie: 'plumbline_csrf=walk', 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': nextAddress() },
          ...(method === 'GET' ? {} : { body: 'csrf=walk' }),
        });
        const signInPage = `${path.startsWith('/zh-cn/') ? '/zh-cn' : ''}/console/sign-in`;
        if (method === 'GET') {
          expect(response.status, `${method} ${path}`).toBe(303);
          expect(response.headers.get('location'), `${method} ${path}`).toBe(`${signInPage}?next=${encodeURIComponent(path)}`);
        } else {
          expect(response.status, `${method} ${path}`).toBe(401);
        }
      }
    }
    // Per language: queue, metrics, outbox, case, sign-out and seven case actions.
    expect(routes.filter((route) => route.method !== 'ALL').length).toBeGreaterThanOrEqual(24);
  });

  it('opens the queue at /console/ as well, and sends other paths that end in a slash to the path without it', async () => {
    expect((await get('/zh-cn/console/', reviewerSession.cookie)).status).toBe(200);
    const response = await get('/zh-cn/console/metrics/?from=bookmark', reviewerSession.cookie);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/zh-cn/console/metrics?from=bookmark');
  });

  it('serves console pages under the strict CSP, with no inline script or style', async () => {
    const response = await get('/console', reviewerSession.cookie);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('cache-control')).toContain('no-store');
    const html = await response.text();
    expect(html).not.toMatch(/\sstyle=|<style|<script(?![^>]*\ssrc=)/);
    expect(html).toContain('<script type="module" src="/js/console.js"></script>');
  });
});

describe('local sign-in', () => {
  it('refuses an address that is not on the reviewer list', async () => {
    const { cookie, token } = await csrfPair();
    const response = await post('/console/sign-in', { email: 'stranger@example.com', csrf: token }, cookie);
    expect(response.status).toBe(403);
    expect(cookieFrom(response, 'plumbline_reviewer')).toBeUndefined();
    expect(await response.text()).toContain('not on the reviewer list');
  });

  it('signs a listed reviewer in with an HttpOnly, SameSite=Strict session cookie', async () => {
    const { cookie, token } = await csrfPair();
    const response = await post('/console/sign-in', { email: 'Reviewer@Plumbline.local', csrf: token, next: '/console/metrics' }, cookie);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/console/metrics');
    const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith('plumbline_reviewer='));
    expect(line).toMatch(/;\s*HttpOnly/i);
    expect(line).toMatch(/;\s*SameSite=Strict/i);
    const queue = await get('/console', `${cookie}; plumbline_reviewer=${cookieFrom(response, 'plumbline_reviewer')}`);
    expect(queue.status).toBe(200);
    expect(await queue.text()).toContain(`Signed in as ${reviewer}`);
  });

  it('refuses a session cookie whose value was changed', async () => {
    const tampered = reviewerSession.cookie.replace(encodeURIComponent(reviewer), encodeURIComponent(lin));
    expect(tampered).not.toBe(reviewerSession.cookie);
    const page = await get('/console', tampered);
    expect(page.status).toBe(303);
    expect(page.headers.get('location')).toMatch(/^\/console\/sign-in\?next=/);
    const request = await paidRequest();
    expect((await post(`/console/cases/${request.id}/claim`, { csrf: reviewerSession.csrf }, tampered)).status).toBe(401);
    expect((await findRequest(env.DB, request.id))!.owner_email).toBeNull();
  });

  it('refuses a sign-in form sent without its CSRF field', async () => {
    const { cookie } = await csrfPair();
    const response = await post('/console/sign-in', { email: reviewer }, cookie);
    expect(response.status).toBe(403);
    expect(cookieFrom(response, 'plumbline_reviewer')).toBeUndefined();
  });

  it('sends a reviewer back only to console pages after signing in', async () => {
    for (const [next, expected] of [
      ['/zh-cn/console/outbox', '/zh-cn/console/outbox'],
      ['/console/', '/console/'],
      ['//evil.example/console', '/console'],
      ['https://evil.example/console', '/console'],
      ['/console/../reviews/x', '/console'],
      ['/consoles', '/console'],
    ]) {
      const { cookie, token } = await csrfPair();
      const response = await post('/console/sign-in', { email: reviewer, csrf: token, next: next! }, cookie);
      expect(response.headers.get('location'), next).toBe(expected);
    }
  });

  it('limits sign-in attempts from one address', async () => {
    const { cookie, token } = await csrfPair();
    const address = nextAddress();
    const attempt = () =>
      SELF.fetch(`${origin}/console/sign-in`, {
        method: 'POST',
        redirect: 'manual',
        body: new URLSearchParams({ email: 'guess@example.com', csrf: token }),
        headers: { origin, cookie, 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': address },
      });
    // wrangler.toml allows 10 a minute.
    const { passed, limited } = await sendUntilLimited(attempt, 10);
    expect(passed.length).toBeGreaterThanOrEqual(10);
    expect(new Set(passed.map((response) => response.status))).toEqual(new Set([403]));
    expect(limited?.status).toBe(429);
  });

  it('signs a reviewer out and clears the session cookie', async () => {
    const session = await signIn(lin);
    const response = await post('/console/sign-out', { csrf: session.csrf }, session.cookie);
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/console/sign-in?signed-out=1');
    expect(response.headers.getSetCookie().find((cookie) => cookie.startsWith('plumbline_reviewer='))).toMatch(/Max-Age=0/i);
  });
});

describe('Cloudflare Access', () => {
  const teamDomain = 'team.cloudflareaccess.com';
  const audience = 'aud-123';
  let signingKey: CryptoKey;
  let strangerKey: CryptoKey;
  let jwks: JSONWebKeySet;
  const accessApp = createApp({
    dependencies: (environment, request) => ({
      ...dependenciesFromEnv(environment, request),
      reviewerSignIn: { mode: 'access', teamDomain, audience, keys: createLocalJWKSet(jwks) },
    }),
  });

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    signingKey = pair.privateKey;
    strangerKey = (await generateKeyPair('RS256')).privateKey;
    jwks = { keys: [{ ...(await exportJWK(pair.publicKey)), kid: 'access-1', alg: 'RS256', use: 'sig' }] };
  });

  interface TokenOptions {
    email?: string;
    audience?: string;
    issuer?: string;
    expiresAt?: number;
    key?: CryptoKey;
  }

  function accessToken(options: TokenOptions = {}): Promise<string> {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ email: options.email ?? reviewer })
      .setProtectedHeader({ alg: 'RS256', kid: 'access-1' })
      .setIssuer(options.issuer ?? `https://${teamDomain}`)
      .setAudience(options.audience ?? audience)
      .setIssuedAt(now - 120)
      .setExpirationTime(options.expiresAt ?? now + 600)
      .sign(options.key ?? signingKey);
  }

  const queueWith = async (token: string | undefined) => accessApp.request(`${origin}/console`, { headers: token ? { 'cf-access-jwt-assertion': token } : {} }, env);

  it('lets in a listed reviewer whose Access token is valid', async () => {
    const response = await queueWith(await accessToken());
    expect(response.status).toBe(200);
    expect(await response.text()).toContain(`Signed in as ${reviewer}`);
  });

  it.each<[string, () => TokenOptions]>([
    ['for another application', () => ({ audience: 'aud-other' })],
    ['that has expired', () => ({ expiresAt: Math.floor(Date.now() / 1000) - 60 })],
    ['from another issuer', () => ({ issuer: 'https://evil.cloudflareaccess.com' })],
    ['signed by another key', () => ({ key: strangerKey })],
    ['of an address that is not on the reviewer list', () => ({ email: 'stranger@example.com' })],
  ])('refuses an Access token %s', async (_case, options) => {
    const response = await queueWith(await accessToken(options()));
    expect(response.status).toBe(403);
  });

  it('refuses a request that has no Access token', async () => {
    expect((await queueWith(undefined)).status).toBe(403);
  });

  it('signs a reviewer out through Access’s own logout', async () => {
    const response = await accessApp.request(
      `${origin}/console/sign-out`,
      {
        method: 'POST',
        body: new URLSearchParams({ csrf: 'a'.repeat(48) }),
        headers: { origin, cookie: `plumbline_csrf=${'a'.repeat(48)}`, 'content-type': 'application/x-www-form-urlencoded', 'cf-access-jwt-assertion': await accessToken() },
      },
      env,
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/cdn-cgi/access/logout');
  });
});

describe('claiming and ownership', () => {
  it('lets exactly one of two reviewers claiming at once win, and shows the case read-only to the other', async () => {
    const request = await paidRequest();
    const sessions = [reviewerSession, linSession];
    const responses = await Promise.all(sessions.map((session) => act(session, request.id, 'claim')));
    expect(responses.map((response) => response.status).sort()).toEqual([303, 409]);
    const winner = sessions[responses.findIndex((response) => response.status === 303)]!;
    const loser = sessions.find((session) => session !== winner)!;
    expect((await findRequest(env.DB, request.id))!.owner_email).toBe(winner.email);

    const page = await (await get(`/console/cases/${request.id}`, loser.cookie)).text();
    expect(page).toContain(`${winner.email} owns this case.`);
    // The only form left is the sign-out button in the menu (the header's search is a dialog, not a form that posts).
    expect(page.match(/<form(?! method="dialog")/g)).toHaveLength(1);
    expect((await auditOf(env.DB, request.id)).filter((entry) => entry.action === 'claimed')).toHaveLength(1);
  });

  it('moves ownership only through a handover, which the audit log records', async () => {
    const request = await claimedBy(reviewerSession);
    const response = await act(reviewerSession, request.id, 'handover', { to: lin, reason: 'Lin knows this stack better' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/console/cases/${request.id}?done=handed-over`);
    expect((await findRequest(env.DB, request.id))!.owner_email).toBe(lin);
    expect(await auditOf(env.DB, request.id)).toContainEqual(expect.objectContaining({ action: 'handed-over', actor: reviewer, detail: `to ${lin}: Lin knows this stack better` }));
    expect(await emailsOf(env.DB, request.id)).toContainEqual(expect.objectContaining({ kind: 'reviewer-handover', to_address: lin }));
    const page = await (await get(`/console/cases/${request.id}`, reviewerSession.cookie)).text();
    expect(page).toContain(`${lin} owns this case.`);
  });

  it('refuses a first response or a delivery from a reviewer who does not own the case', async () => {
    const request = await claimedBy(linSession);
    const firstResponse = await act(reviewerSession, request.id, 'first-response', { text: 'I am looking at your templates now.' });
    expect(firstResponse.status).toBe(409);
    const delivery = await act(reviewerSession, request.id, 'deliver', { review: '# Review\n\nEverything is fine, ship it.' });
    expect(delivery.status).toBe(409);
    const row = (await findRequest(env.DB, request.id))!;
    expect(row).toMatchObject({ state: 'claimed', owner_email: lin, first_response_at: null, delivered_at: null });
    expect((await emailsOf(env.DB, request.id)).map((email) => email.kind)).not.toContain('first-response');
  });
});

describe('working on a case', () => {
  it('stamps the first response and e-mails it to the customer in the review language', async () => {
    const request = await claimedBy(reviewerSession);
    const response = await act(reviewerSession, request.id, 'first-response', { text: '我已经开始查看你的模板，明天给出完整评审。' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe(`/console/cases/${request.id}?done=first-response-sent`);
    const row = (await findRequest(env.DB, request.id))!;
    expect(row.state).toBe('responded');
    expect(row.first_response_at).toEqual(expect.any(Number));
    expect(await emailsOf(env.DB, request.id)).toContainEqual(expect.objectContaining({ kind: 'first-response', to_address: request.email, language: 'zh-cn' }));
  });

  it('shows the linked report’s findings with their source and stores a verdict on one', async () => {
    const upload = await SELF.fetch(`${origin}/api/reviews`, {
      method: 'POST',
      body: JSON.stringify({ files: [{ name: 'stack.yaml', content: openSshWithDatabaseTemplate }] }),
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': nextAddress() },
    });
    const report = await upload.json<{ id: string; findings: { ruleId: string; file: string; line: number; column: number; title: string }[] }>();
    const finding = report.findings.find((candidate) => candidate.ruleId === 'AWS-EC2-SG-OPEN-ADMIN-PORTS')!;
    const findingKey = `${finding.ruleId}@${finding.file}:${finding.line}:${finding.column}`;
    const request = await claimedBy(reviewerSession, { report_id: report.id });

    const page = await (await get(`/console/cases/${request.id}`, reviewerSession.cookie)).text();
    expect(page).toContain(finding.title);
    expect(page).toMatch(/<span class="line line-hit">.*<mark>/);

    const dismissed = await act(reviewerSession, request.id, 'notes', { findingKey, verdict: 'dismiss', severity: '', note: '' });
    expect(dismissed.status).toBe(422);
    const unknown = await act(reviewerSession, request.id, 'notes', { findingKey: 'AWS-NOPE@stack.yaml:1:1', verdict: 'agree', note: '' });
    expect(unknown.status).toBe(422);

    const saved = await act(reviewerSession, request.id, 'notes', { findingKey, verdict: 'severity', severity: 'critical', note: 'SSH is open to the world in production.' });
    expect(saved.status).toBe(303);
    expect(await notesOf(env.DB, request.id)).toEqual([expect.objectContaining({ finding_key: findingKey, verdict: 'severity', severity: 'critical', author: reviewer })]);
  });

  it('keeps what the reviewer typed when an action is refused', async () => {
    const request = await claimedBy(reviewerSession);
    const response = await act(reviewerSession, request.id, 'first-response', { text: 'Too short' });
    expect(response.status).toBe(422);
    const page = await response.text();
    expect(page).toContain('role="alert"');
    expect(page).toContain('>Too short</textarea>');
  });

  it('delivers the review, rendering its Markdown without letting HTML through', async () => {
    const request = await claimedBy(reviewerSession);
    const markdown = '# Review\n\nYour database is public. <script>alert(1)</script>\n\n- Close port 22';
    expect((await act(reviewerSession, request.id, 'review', { review: markdown })).status).toBe(303);
    const preview = await (await get(`/console/cases/${request.id}`, reviewerSession.cookie)).text();
    expect(preview).toContain('<h1>Review</h1>');
    expect(preview).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(preview).not.toContain('<script>alert(1)</script>');

    const delivered = await act(reviewerSession, request.id, 'deliver', { review: markdown });
    expect(delivered.status).toBe(303);
    const row = (await findRequest(env.DB, request.id))!;
    expect(row).toMatchObject({ state: 'delivered', review_markdown: markdown });
    expect(row.delivered_at).toEqual(expect.any(Number));
    expect(await emailsOf(env.DB, request.id)).toContainEqual(expect.objectContaining({ kind: 'delivered', to_address: request.email }));
  });

  it('answers the customer’s follow-up question after delivery', async () => {
    const request = await claimedBy(reviewerSession);
    await act(reviewerSession, request.id, 'deliver', { review: '# Review\n\nClose port 22 and move the database into a private subnet.' });
    await env.DB.prepare('UPDATE review_requests SET follow_up_question = ?, follow_up_asked_at = ? WHERE id = ?').bind('Which subnet should it go to?', Date.now(), request.id).run();
    const page = await (await get(`/console/cases/${request.id}`, reviewerSession.cookie)).text();
    expect(page).toContain('Which subnet should it go to?');
    expect((await act(reviewerSession, request.id, 'follow-up', { answer: 'The private subnets of the VPC.' })).status).toBe(303);
    expect((await findRequest(env.DB, request.id))!.follow_up_answer).toBe('The private subnets of the VPC.');
  });
});

describe('queue, metrics and outbox', () => {
  it('lists open cases soonest deadline first, with a live countdown and the overdue flag in words', async () => {
    const overdue = await paidRequest({ paid_at: Date.now() - 30 * hour, first_response_due_at: Date.now() - 6 * hour });
    const later = await paidRequest({ tier: 'business', first_response_due_at: Date.now() + 3 * hour });
    const html = await (await get('/console', reviewerSession.cookie)).text();
    expect(html.indexOf(overdue.id)).toBeGreaterThan(-1);
    expect(html.indexOf(overdue.id)).toBeLessThan(html.indexOf(later.id));
    expect(html).toContain(`data-deadline="${new Date(overdue.first_response_due_at!).toISOString()}"`);
    expect(html).toMatch(/overdue by 6 h( \d+ min)?</);
    expect(html).toContain('>Overdue</span>');
  });

  it('filters the queue to the cases the signed-in reviewer owns', async () => {
    const mine = await claimedBy(reviewerSession);
    const unclaimed = await paidRequest();
    const html = await (await get('/console?mine=1&state=all', reviewerSession.cookie)).text();
    expect(html).toContain(mine.id);
    expect(html).not.toContain(unclaimed.id);
  });

  it('renders the console in Simplified Chinese under /zh-cn/console', async () => {
    const request = await paidRequest({ first_response_due_at: Date.now() + 2 * hour + 14 * 60_000 + 30_000 });
    const response = await get('/zh-cn/console', reviewerSession.cookie);
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain('<h1>队列</h1>');
    expect(html).toContain(`href="/zh-cn/console/cases/${request.id}"`);
    expect(html).toMatch(/剩余 2 小时 1[45] 分/);
  });

  it('counts down in the browser script exactly as the server renders, in both languages', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    const offsets = [-3 * 24 * hour, -90 * 60_000, -12 * 60_000, -1_000, 0, 30_000, 59 * 60_000, 2 * hour + 14 * 60_000, 26 * hour, 2 * 24 * hour];
    for (const language of ['en', 'zh-cn'] as const) {
      for (const offset of offsets) {
        expect(browserCountdownText(now + offset, now, language), `${language} ${offset}`).toBe(countdownText(now + offset, now, consoleStrings[language].countdown));
      }
    }
    expect(countdownText(now + 2 * hour + 14 * 60_000, now, consoleStrings.en.countdown)).toBe('2 h 14 min left');
    expect(countdownText(now - 12 * 60_000, now, consoleStrings['zh-cn'].countdown)).toBe('已超时 12 分');
  });

  it('shows first-response p50 and p90 per tier against the promise in a table with header cells', async () => {
    const html = await (await get('/console/metrics', reviewerSession.cookie)).text();
    expect(html).toContain('<caption id="metrics-caption">First response per tier</caption>');
    expect(html).toContain('<th scope="col">Median (p50)</th>');
    expect(html).toContain('<th scope="row">Developer review</th>');
    expect(html).toContain('<th scope="row">Business review</th><td>4 h</td>');
  });

  it('lists every e-mail in the outbox, newest first, and says e-mail runs locally', async () => {
    const request = await claimedBy(reviewerSession);
    await act(reviewerSession, request.id, 'first-response', { text: 'Looking at it now; full review tomorrow.' });
    const html = await (await get('/console/outbox', reviewerSession.cookie)).text();
    expect(html).toContain('E-mail runs locally');
    // The customer chose Chinese for the review, so their e-mails are in Chinese.
    const firstResponse = html.indexOf(`来自 ${reviewer} 的首次响应`);
    const claimed = html.indexOf(`${reviewer} 将负责你的评审`);
    expect(firstResponse).toBeGreaterThan(-1);
    expect(claimed).toBeGreaterThan(firstResponse);
    expect(html).toContain('Looking at it now; full review tomorrow.');
  });
});
