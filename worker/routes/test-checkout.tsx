/**
 * /checkout/test/:session: the local provider's stand-in for Stripe Checkout. A choice here becomes the
 * Stripe events Stripe would send, signed with stripe's generateTestHeaderStringAsync, delivered through
 * the real webhook route of this same app; then the browser goes where Stripe would send it. Answers 404
 * unless payments run in local mode.
 */
import type { Context, Hono } from 'hono';
import { createRouter, type AppEnv } from '../app.ts';
import { eventsForOutcome, findLocalSession, outcomesFor, signedDelivery, type LocalOutcome } from '../integrations/payments/local.ts';
import type { WebhookPost } from '../integrations/payments/local-delivery.ts';
import { csrfProtection } from '../middleware/csrf.ts';
import { pageHeaders } from '../middleware/security-headers.ts';
import { TestCheckoutPage } from '../pages/test-checkout.tsx';
import { htmlDocument } from '../pages/shell.tsx';
import { ApiFailure } from '../services/errors.ts';

const notFound = () => new ApiFailure(404, { code: 'not-found', message: 'no test checkout session here (payments are not in local mode, or the link is wrong)' });
const outcomes: readonly LocalOutcome[] = ['pay', 'pay-later', 'settle', 'fail', 'expire'];

/** Posts a signed event to this app's own webhook route, as Stripe would from outside. */
export function webhookPoster(app: Hono<AppEnv>, c: Context<AppEnv>): WebhookPost {
  let context: ExecutionContext | undefined;
  try {
    context = c.executionCtx as ExecutionContext;
  } catch {
    // app.request() in tests has no execution context
  }
  return (body, signature) =>
    Promise.resolve(
      app.fetch(new Request(new URL('/api/billing/webhook', c.req.url), { method: 'POST', body, headers: { 'content-type': 'application/json', 'stripe-signature': signature } }), c.env, context),
    );
}

export function testCheckout(app: Hono<AppEnv>) {
  return createRouter()
    .use('*', pageHeaders, csrfProtection)
    .get('/:session', async (c) => {
      const { payments, db } = c.get('deps');
      const session = payments?.mode === 'local' ? await findLocalSession(db, c.req.param('session')) : null;
      if (!session) throw notFound();
      const page = <TestCheckoutPage session={session} outcomes={outcomesFor(session)} csrfToken={c.get('csrfToken')} />;
      return c.html(await htmlDocument(page), 200, { 'Cache-Control': 'no-store' });
    })
    .post('/:session', async (c) => {
      const { payments, db, now } = c.get('deps');
      const session = payments?.mode === 'local' ? await findLocalSession(db, c.req.param('session')) : null;
      if (!session) throw notFound();
      const outcome = (await c.req.parseBody())['outcome'];
      if (typeof outcome !== 'string' || !outcomes.includes(outcome as LocalOutcome) || !outcomesFor(session).includes(outcome as LocalOutcome)) {
        throw new ApiFailure(400, { code: 'invalid-outcome', message: 'choose one of the buttons' });
      }
      const post = webhookPoster(app, c);
      for (const event of await eventsForOutcome(db, session, outcome as LocalOutcome, now())) {
        const { body, signature } = await signedDelivery(event, Date.now());
        const delivered = await post(body, signature);
        if (!delivered.ok) throw new ApiFailure(500, { code: 'webhook-failed', message: `the webhook refused the test event (${delivered.status}: ${(await delivered.text()).slice(0, 200)})` });
      }
      return c.redirect(outcome === 'expire' ? session.cancel_url : session.success_url, 303);
    });
}
