/**
 * CSRF protection for HTML forms, two layers:
 * 1. a cross-site POST is refused outright (Origin / Sec-Fetch-Site, Hono's csrf());
 * 2. every form carries a token that must equal a random value in an HttpOnly, SameSite=Strict cookie
 *    (double submit), compared in constant time.
 * GET pages get the token in `c.get('csrfToken')` to put in a hidden `csrf` field.
 */
import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { csrf as originCheck } from 'hono/csrf';
import { createMiddleware } from 'hono/factory';
import { HTTPException } from 'hono/http-exception';
import type { AppEnv } from '../app.ts';
import { ApiFailure } from '../services/errors.ts';
import { sameSecret } from '../services/secrets.ts';

export const csrfCookie = 'plumbline_csrf';
export const csrfField = 'csrf';

function newToken(): string {
  return [...crypto.getRandomValues(new Uint8Array(24))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function issue(c: Context<AppEnv>): string {
  const existing = getCookie(c, csrfCookie);
  if (existing && /^[0-9a-f]{48}$/.test(existing)) return existing;
  const token = newToken();
  setCookie(c, csrfCookie, token, { path: '/', httpOnly: true, sameSite: 'Strict', secure: new URL(c.req.url).protocol === 'https:', maxAge: 60 * 60 * 24 });
  return token;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const sameOrigin = originCheck();

export const csrfProtection = createMiddleware<AppEnv>(async (c, next) => {
  if (safeMethods.has(c.req.method)) {
    c.set('csrfToken', issue(c));
    return next();
  }
  const refused = () => new ApiFailure(403, { code: 'csrf', message: 'the form has expired or was not sent from this site; reload the page and try again' });
  try {
    await sameOrigin(c, async () => {});
  } catch (error) {
    // Layer 1 signals a cross-site post with an HTTPException: answer it like any other refused form.
    throw error instanceof HTTPException ? refused() : error;
  }
  const cookie = getCookie(c, csrfCookie);
  const form = await c.req.parseBody().catch(() => ({}) as Record<string, unknown>);
  const sent = form[csrfField];
  if (!cookie || typeof sent !== 'string' || !sameSecret(sent, cookie)) throw refused();
  c.set('csrfToken', cookie);
  await next();
});
