/**
 * Delivers the local provider's queued events (a cancellation's final invoice and deletion) the way Stripe
 * would: signed, through the real webhook route. An event stays queued until the webhook accepts it, so a
 * failure is retried by the next delivery (the switch-off page, or the 5-minute cron).
 */
import { signedDelivery } from './local.ts';
import type Stripe from 'stripe';

/** Posts a signed body to the webhook route and returns its response. */
export type WebhookPost = (body: string, signature: string) => Promise<Response>;

export async function deliverQueuedEvents(db: D1Database, post: WebhookPost, now: number): Promise<number> {
  const { results } = await db.prepare('SELECT id, body FROM local_webhook_queue WHERE delivered_at IS NULL ORDER BY created_at LIMIT 50').all<{ id: string; body: string }>();
  let delivered = 0;
  for (const queued of results) {
    const { body, signature } = await signedDelivery(JSON.parse(queued.body) as Stripe.Event, now);
    const response = await post(body, signature);
    // Stop at the first refusal: later events (the deletion) must not overtake earlier ones (the invoice).
    if (!response.ok) break;
    await db.prepare('UPDATE local_webhook_queue SET delivered_at = ? WHERE id = ?').bind(now, queued.id).run();
    delivered += 1;
  }
  return delivered;
}
