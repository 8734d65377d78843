/**
 * Verifies a Stripe webhook before anything reads it: the raw body and the Stripe-Signature header go to
 * the configured provider (stripe's constructEventAsync over Web Crypto). Missing or wrong signatures are
 * answered 400 and change nothing; without a payment provider the endpoint answers 503.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app.ts';
import { WebhookSignatureError } from '../integrations/payments/payments.ts';
import { ApiFailure } from '../services/errors.ts';

export const webhookSignature = createMiddleware<AppEnv>(async (c, next) => {
  const { payments } = c.get('deps');
  if (!payments) throw new ApiFailure(503, { code: 'payments-not-configured', message: 'payments are not configured' });
  // The signature covers the exact bytes Stripe sent: read them as text, never re-serialise parsed JSON.
  const rawBody = await c.req.text();
  try {
    c.set('billingEvent', await payments.verifyEvent(rawBody, c.req.header('stripe-signature')));
  } catch (error) {
    if (error instanceof WebhookSignatureError) throw new ApiFailure(400, { code: 'bad-signature', message: `webhook signature rejected: ${error.message}` });
    throw error;
  }
  await next();
});
