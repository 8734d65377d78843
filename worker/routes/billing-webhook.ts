/**
 * POST /api/billing/webhook: Stripe (or the local test checkout) tells us about payments. The signature
 * middleware has verified the event; the billing service applies it at most once. 2xx tells Stripe to stop
 * resending; 503 asks it to retry later (a refund that arrived before its payment).
 */
import { createRouter, runAfterResponse } from '../app.ts';
import { webhookSignature } from '../middleware/webhook-signature.ts';
import { applyBillingEvent, RetryLater } from '../services/billing.ts';
import { ApiFailure } from '../services/errors.ts';
import { sendPendingEmails } from '../services/outbox.ts';

export const billingWebhook = createRouter().post('/', webhookSignature, async (c) => {
  const deps = c.get('deps');
  const event = c.get('billingEvent');
  try {
    const outcome = await applyBillingEvent(deps, event);
    if (outcome === 'applied') await runAfterResponse(c, () => sendPendingEmails(deps));
    return c.json({ received: true, id: event.id, outcome });
  } catch (error) {
    if (error instanceof RetryLater) throw new ApiFailure(503, { code: 'retry-later', message: error.message });
    throw error;
  }
});
