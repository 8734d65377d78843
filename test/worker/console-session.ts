/** Reviewer sessions for the console suites: sign in through the front door, then get and post as that reviewer. */
import { SELF } from 'cloudflare:test';
import { expect } from 'vitest';
import type { RequestRow } from '../../worker/schemas/requests';
import { insertPaidRequest, origin } from './paid-reviews';

export const hour = 3_600_000;

let addresses = 0;
/** Each request comes from its own address, so the sign-in rate limit only bites where a test wants it to. */
export const nextAddress = () => `10.8.${Math.floor(++addresses / 250)}.${addresses % 250}`;

export function cookieFrom(response: Response, name: string): string | undefined {
  const line = response.headers.getSetCookie().find((cookie) => cookie.startsWith(`${name}=`));
  return line?.slice(name.length + 1).split(';')[0];
}

export function get(path: string, cookie?: string) {
  return SELF.fetch(`${origin}${path}`, { redirect: 'manual', headers: { 'cf-connecting-ip': nextAddress(), ...(cookie ? { cookie } : {}) } });
}

export function post(path: string, fields: Record<string, string>, cookie?: string) {
  return SELF.fetch(`${origin}${path}`, {
    method: 'POST',
    redirect: 'manual',
    body: new URLSearchParams(fields),
    headers: { origin, 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': nextAddress(), ...(cookie ? { cookie } : {}) },
  });
}

/** The CSRF cookie and the hidden field value the sign-in page hands out. */
export async function csrfPair(path = '/console/sign-in'): Promise<{ cookie: string; token: string }> {
  const response = await get(path);
  expect(response.status).toBe(200);
  const token = /name="csrf" value="([0-9a-f]{48})"/.exec(await response.text())?.[1];
  expect(token).toBeDefined();
  expect(cookieFrom(response, 'plumbline_csrf')).toBe(token);
  return { cookie: `plumbline_csrf=${token}`, token: token! };
}

export interface Session {
  email: string;
  cookie: string;
  csrf: string;
}

export async function signIn(email: string): Promise<Session> {
  const { cookie, token } = await csrfPair();
  const response = await post('/console/sign-in', { email, csrf: token, next: '/console' }, cookie);
  expect(response.status).toBe(303);
  return { email, cookie: `${cookie}; plumbline_reviewer=${cookieFrom(response, 'plumbline_reviewer')}`, csrf: token };
}

export const act = (session: Session, id: string, action: string, fields: Record<string, string> = {}) => post(`/console/cases/${id}/${action}`, { csrf: session.csrf, ...fields }, session.cookie);

/** A paid request, straight into D1, as the billing webhook would leave it. */
export function paidRequest(overrides: Partial<RequestRow> = {}): Promise<RequestRow> {
  const paidAt = Date.now() - hour;
  return insertPaidRequest({
    email: `customer-${crypto.randomUUID()}@example.com`,
    review_language: 'zh-cn',
    concerns: 'We launch next week and worry about the database being reachable from the internet.',
    state: 'paid',
    state_rank: 2,
    checkout_session_id: null,
    amount_paid_cents: 29_000,
    created_at: paidAt - 60_000,
    paid_at: paidAt,
    first_response_due_at: paidAt + 24 * hour,
    ...overrides,
  });
}

export async function claimedBy(session: Session, overrides: Partial<RequestRow> = {}): Promise<RequestRow> {
  const request = await paidRequest(overrides);
  expect((await act(session, request.id, 'claim')).status).toBe(303);
  return request;
}
