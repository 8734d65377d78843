/**
 * Builds the services' dependencies from configuration, once per request, and puts them on the context.
 * Which implementation of payments, e-mail and reviewer sign-in is live is decided here and nowhere else:
 * - payments: Stripe when STRIPE_SECRET_KEY is set (local mode is then never active), the local test
 *   checkout when PAYMENTS_MODE is "local", otherwise none (checkout answers 503);
 * - e-mail: Resend when RESEND_API_KEY is set, otherwise the local outbox;
 * - reviewers: Cloudflare Access when ACCESS_TEAM_DOMAIN and ACCESS_AUD are set, the local sign-in when
 *   REVIEWER_SIGN_IN is "local", otherwise the console answers 503.
 * Tests pass their own factory to `createApp` instead of patching globals.
 */
import { createMiddleware } from 'hono/factory';
import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import type { AppEnv } from '../app.ts';
import { localOutbox, type Mailer } from '../integrations/email/mailer.ts';
import { resendMailer } from '../integrations/email/resend.ts';
import { localPayments } from '../integrations/payments/local.ts';
import type { Payments } from '../integrations/payments/payments.ts';
import { stripePayments } from '../integrations/payments/stripe.ts';

export type ReviewerSignIn = { mode: 'access'; teamDomain: string; audience: string; keys: JWTVerifyGetKey } | { mode: 'local' } | { mode: 'off' };

export interface Dependencies {
  db: D1Database;
  files: R2Bucket;
  now: () => number;
  /** The base of every link we store or send: PUBLIC_ORIGIN, or locally the origin the request came in on. */
  origin: string;
  /** Null when no payment provider is configured. */
  payments: Payments | null;
  mailer: Mailer;
  reviewerSignIn: ReviewerSignIn;
  /** Signs customers' private links and reviewer cookies; null when production lacks SIGNING_SECRET. */
  signingSecret: string | null;
  /** Reviewers' e-mail addresses, lower-case: who may sign in and who is told about new cases. */
  reviewers: string[];
}

/**
 * Without Stripe nothing is sold, so a known development secret is acceptable there; with a Stripe key,
 * SIGNING_SECRET must be set or request pages answer 503.
 */
export const developmentSigningSecret = 'plumbline-development-only-signing-secret';

// One key set per team domain and isolate: jose caches the keys and refetches on rotation.
const accessKeySets = new Map<string, JWTVerifyGetKey>();
function accessKeys(teamDomain: string): JWTVerifyGetKey {
  let keys = accessKeySets.get(teamDomain);
  if (!keys) {
    keys = createRemoteJWKSet(new URL(`https://${teamDomain}/cdn-cgi/access/certs`));
    accessKeySets.set(teamDomain, keys);
  }
  return keys;
}

const listed = (value: string | undefined) =>
  (value ?? '')
    .split(',')
    .map((entry) => entry.trim().toLowerCase())
    .filter(Boolean);

/** The configured public origin (scheme and host only), if any. */
export function publicOrigin(env: Pick<Env, 'PUBLIC_ORIGIN'>): string | undefined {
  const configured = env.PUBLIC_ORIGIN?.trim();
  return configured ? new URL(configured).origin : undefined;
}

export function dependenciesFromEnv(env: Env, request: Request): Dependencies {
  const origin = publicOrigin(env) ?? new URL(request.url).origin;
  const now = Date.now;
  const payments = env.STRIPE_SECRET_KEY
    ? stripePayments({ secretKey: env.STRIPE_SECRET_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET ?? '', onDemandPriceId: env.STRIPE_ON_DEMAND_PRICE, meterEventName: env.STRIPE_METER_EVENT })
    : env.PAYMENTS_MODE === 'local'
      ? localPayments(env.DB, origin, now)
      : null;
  const mailer = env.RESEND_API_KEY ? resendMailer({ apiKey: env.RESEND_API_KEY, from: env.MAIL_FROM }) : localOutbox();
  const teamDomain = env.ACCESS_TEAM_DOMAIN?.trim();
  const audience = env.ACCESS_AUD?.trim();
  const reviewerSignIn: ReviewerSignIn =
    teamDomain && audience ? { mode: 'access', teamDomain, audience, keys: accessKeys(teamDomain) } : env.REVIEWER_SIGN_IN === 'local' ? { mode: 'local' } : { mode: 'off' };
  const signingSecret = env.SIGNING_SECRET || (env.STRIPE_SECRET_KEY ? null : developmentSigningSecret);
  return { db: env.DB, files: env.FILES, now, origin, payments, mailer, reviewerSignIn, signingSecret, reviewers: listed(env.REVIEWER_EMAILS) };
}

export type DependencyFactory = (env: Env, request: Request) => Dependencies;

export function dependencies(factory: DependencyFactory = dependenciesFromEnv) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.set('deps', factory(c.env, c.req.raw));
    await next();
  });
}
