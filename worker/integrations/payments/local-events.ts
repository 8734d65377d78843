/** Ids and events shaped like Stripe's, for the local payment provider. */
import type Stripe from 'stripe';

export function randomId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return (
    prefix +
    [...bytes]
      .map((byte) => byte.toString(36).padStart(2, '0'))
      .join('')
      .slice(0, 28)
  );
}

/** A Stripe-shaped event around `object`, created now (Stripe's `created` is in seconds). */
export function localEvent(type: string, object: object, now: number): Stripe.Event {
  return {
    id: randomId('evt_test_local_'),
    object: 'event',
    api_version: null,
    created: Math.floor(now / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: { object },
  } as unknown as Stripe.Event;
}
