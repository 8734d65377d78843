/**
 * Who is the reviewer? Every console route runs behind this middleware.
 * - Production: Cloudflare Access sits in front of /console and adds `Cf-Access-Jwt-Assertion`; we verify
 *   it ourselves (signature against the team's JWKS, issuer, audience, expiry) so a request that reaches
 *   the Worker without passing Access gets nothing.
 * - Local: a sign-in page for the addresses in REVIEWER_EMAILS sets a signed, HttpOnly, SameSite=Strict
 *   cookie that expires after a working day.
 * A signed-in address must also be on the reviewer list (in both modes) when the list is not empty.
 */
import type { Context } from 'hono';
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie';
import { createMiddleware } from 'hono/factory';
import { jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { AppEnv } from '../app.ts';
import { ApiFailure } from '../services/errors.ts';

export interface Reviewer {
  email: string;
  via: 'access' | 'local';
}

export const sessionCookie = 'plumbline_reviewer';
const sessionHours = 10;

export interface AccessCheck {
  teamDomain: string;
  audience: string;
  keys: JWTVerifyGetKey;
}

/** Verifies an Access application token and returns the signed-in e-mail address, or null. */
export async function verifyAccessToken(token: string, access: AccessCheck): Promise<string | null> {
  try {
    const { payload } = await jwtVerify(token, access.keys, { issuer: `https://${access.teamDomain}`, audience: access.audience, algorithms: ['RS256'] });
    return typeof payload['email'] === 'string' ? payload['email'].toLowerCase() : null;
  } catch {
    return null;
  }
}

function cookieSecret(c: Context<AppEnv>): string {
  const { signingSecret } = c.get('deps');
  if (!signingSecret) throw new ApiFailure(503, { code: 'not-configured', message: 'SIGNING_SECRET is not configured' });
  return signingSecret;
}

export async function startLocalSession(c: Context<AppEnv>, email: string): Promise<void> {
  const secret = cookieSecret(c);
  const expires = c.get('deps').now() + sessionHours * 3600_000;
  await setSignedCookie(c, sessionCookie, `${email}|${expires}`, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'Strict',
    secure: new URL(c.req.url).protocol === 'https:',
    maxAge: sessionHours * 3600,
  });
}

export function endLocalSession(c: Context<AppEnv>): void {
  deleteCookie(c, sessionCookie, { path: '/' });
}

async function localSessionEmail(c: Context<AppEnv>): Promise<string | null> {
  const value = await getSignedCookie(c, cookieSecret(c), sessionCookie);
  if (typeof value !== 'string') return null;
  const [email, expires] = value.split('|');
  if (!email || !expires || Number(expires) < c.get('deps').now()) return null;
  return email;
}

/** The reviewer making this request, if any (also used by pages that only adapt to a signed-in reviewer). */
export async function currentReviewer(c: Context<AppEnv>): Promise<Reviewer | null> {
  const { reviewerSignIn, reviewers } = c.get('deps');
  let email: string | null = null;
  if (reviewerSignIn.mode === 'access') {
    const token = c.req.header('cf-access-jwt-assertion');
    email = token ? await verifyAccessToken(token, reviewerSignIn) : null;
  } else if (reviewerSignIn.mode === 'local') {
    email = await localSessionEmail(c);
  }
  if (!email) return null;
  if (reviewers.length > 0 && !reviewers.includes(email)) return null;
  return { email, via: reviewerSignIn.mode === 'access' ? 'access' : 'local' };
}

/** Signs the reviewer in or refuses: GET pages redirect to the local sign-in, everything else is 401/403. */
export function requireReviewer(signInPath: string) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const { reviewerSignIn } = c.get('deps');
    if (reviewerSignIn.mode === 'off') throw new ApiFailure(503, { code: 'console-not-configured', message: 'the reviewer console is not configured (set up Cloudflare Access or the local sign-in)' });
    const reviewer = await currentReviewer(c);
    if (!reviewer) {
      if (reviewerSignIn.mode === 'local' && c.req.method === 'GET') {
        const { pathname, search } = new URL(c.req.url);
        return c.redirect(`${signInPath}?next=${encodeURIComponent(pathname + search)}`, 303);
      }
      throw new ApiFailure(reviewerSignIn.mode === 'access' ? 403 : 401, { code: 'not-signed-in', message: 'sign in as a reviewer to use the console' });
    }
    c.set('reviewer', reviewer);
    c.header('Cache-Control', 'private, no-store');
    await next();
  });
}
