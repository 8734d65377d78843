/**
 * Signing reviewers in and out. Under Cloudflare Access the sign-in page only explains Access (Access
 * signs people in before the Worker sees them); in local mode it is a form for the addresses listed in
 * REVIEWER_EMAILS that sets the signed session cookie.
 */
import type { Context } from 'hono';
import { createRouter, type AppEnv } from '../../app.ts';
import { csrfProtection } from '../../middleware/csrf.ts';
import { rateLimit } from '../../middleware/rate-limit.ts';
import { currentReviewer, endLocalSession, startLocalSession } from '../../middleware/reviewer-auth.ts';
import { consolePaths, inOtherLanguage, pageAfterSignIn } from '../../pages/console/paths.ts';
import { SignInPage, type SignInPageProps } from '../../pages/console/sign-in-page.tsx';
import { htmlDocument } from '../../pages/shell.tsx';
import { SignInForm } from '../../schemas/console.ts';
import type { Language } from '../../schemas/requests.ts';
import { ApiFailure } from '../../services/errors.ts';

const notConfigured = () => new ApiFailure(503, { code: 'console-not-configured', message: 'the reviewer console is not configured (set up Cloudflare Access or the local sign-in)' });

const noStore = { 'Cache-Control': 'private, no-store' };

type PageState = Pick<SignInPageProps, 'email' | 'error' | 'signedOut'>;

async function signInPage(c: Context<AppEnv>, language: Language, next: string, state: PageState, status: 200 | 403 = 200) {
  const { reviewerSignIn } = c.get('deps');
  const paths = consolePaths(language);
  const alternate = `${inOtherLanguage(paths.signIn, language)}?next=${encodeURIComponent(inOtherLanguage(next, language))}`;
  const page = (
    <SignInPage
      language={language}
      accessTeamDomain={reviewerSignIn.mode === 'access' ? reviewerSignIn.teamDomain : undefined}
      csrfToken={c.get('csrfToken')}
      next={next}
      alternate={alternate}
      {...state}
    />
  );
  return c.html(await htmlDocument(page), status, noStore);
}

/** GET and POST `/sign-in`: the only console routes without the reviewer guard. */
export function signInRoutes(language: Language) {
  return createRouter()
    .get('/sign-in', csrfProtection, async (c) => {
      const { reviewerSignIn } = c.get('deps');
      if (reviewerSignIn.mode === 'off') throw notConfigured();
      const next = pageAfterSignIn(c.req.query('next'), language);
      if (await currentReviewer(c)) return c.redirect(next, 303);
      return signInPage(c, language, next, { signedOut: c.req.query('signed-out') === '1' });
    })
    .post('/sign-in', rateLimit('SIGN_IN_LIMITER', 'sign-in attempts'), csrfProtection, async (c) => {
      const deps = c.get('deps');
      if (deps.reviewerSignIn.mode === 'off') throw notConfigured();
      if (deps.reviewerSignIn.mode === 'access') {
        throw new ApiFailure(403, { code: 'use-access', message: 'reviewers sign in through Cloudflare Access here' });
      }
      const parsed = SignInForm.safeParse(await c.req.parseBody());
      const next = pageAfterSignIn(parsed.data?.next, language);
      const email = parsed.data?.email ?? '';
      if (deps.reviewers.length === 0) return signInPage(c, language, next, { email, error: 'noReviewers' }, 403);
      if (!deps.reviewers.includes(email)) return signInPage(c, language, next, { email, error: 'refused' }, 403);
      await startLocalSession(c, email);
      return c.redirect(next, 303);
    });
}

/** POST `/sign-out`, behind the guard: ends the local session, or sends the reviewer to Access's logout. */
export function signOutRoutes(language: Language) {
  return createRouter().post('/sign-out', (c) => {
    if (c.get('reviewer').via === 'access') return c.redirect('/cdn-cgi/access/logout', 303);
    endLocalSession(c);
    return c.redirect(`${consolePaths(language).signIn}?signed-out=1`, 303);
  });
}
