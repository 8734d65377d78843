/** The Stripe implementation of the on-demand engineer drives the real SDK; only Stripe's servers are replaced. */
import { describe, expect, it } from 'vitest';
import { OnDemandNotConfigured } from '../../worker/integrations/payments/payments';
import { stripePayments } from '../../worker/integrations/payments/stripe';

interface Seen {
  method: string;
  url: string;
  body: Record<string, string>;
}

function stripeStandIn(answer: (request: Seen) => object) {
  const seen: Seen[] = [];
  const payments = stripePayments({
    secretKey: 'sk_test_123',
    webhookSecret: 'whsec_test',
    onDemandPriceId: 'price_metered_seconds',
    meterEventName: 'engineer_seconds',
    fetch: async (input, init) => {
      const request = new Request(input, init);
      const call = { method: request.method, url: request.url, body: Object.fromEntries(new URLSearchParams(new TextDecoder().decode(await request.arrayBuffer()))) };
      seen.push(call);
      return Response.json(answer(call));
    },
  });
  return { payments, seen };
}

describe('Stripe for the on-demand engineer', () => {
  it('opens a subscription-mode Checkout with the metered price, no quantity, and the account id on the session and subscription', async () => {
    const { payments, seen } = stripeStandIn(() => ({ id: 'cs_test_sub', object: 'checkout.session', url: 'https://checkout.stripe.com/c/pay/cs_test_sub' }));
    const session = await payments.createSubscriptionCheckout({
      accountId: 'acct_0123456789abcdefghij',
      customerEmail: 'ops@example.com',
      locale: 'en',
      successUrl: 'https://plumbline.test/on-demand/a?key=k&checkout=done',
      cancelUrl: 'https://plumbline.test/on-demand/a?key=k&checkout=cancelled',
    });
    expect(session).toEqual({ id: 'cs_test_sub', url: 'https://checkout.stripe.com/c/pay/cs_test_sub' });
    expect(seen).toHaveLength(1);
    expect(seen[0]!.url).toBe('https://api.stripe.com/v1/checkout/sessions');
    expect(seen[0]!.body).toEqual({
      mode: 'subscription',
      'line_items[0][price]': 'price_metered_seconds',
      client_reference_id: 'acct_0123456789abcdefghij',
      customer_email: 'ops@example.com',
      locale: 'en',
      success_url: 'https://plumbline.test/on-demand/a?key=k&checkout=done',
      cancel_url: 'https://plumbline.test/on-demand/a?key=k&checkout=cancelled',
      'metadata[account_id]': 'acct_0123456789abcdefghij',
      'subscription_data[metadata][account_id]': 'acct_0123456789abcdefghij',
    });
  });

  it('sends a meter event with the entry id as identifier, the customer, whole seconds and the stop time', async () => {
    const { payments, seen } = stripeStandIn(() => ({ object: 'billing.meter_event', event_name: 'engineer_seconds', identifier: 'entry_1', payload: {}, timestamp: 1, created: 1, livemode: false }));
    await payments.reportUsage({ identifier: 'entry_1', stripeCustomerId: 'cus_123', seconds: 754, timestamp: 1_780_000_000 });
    expect(seen).toEqual([
      {
        method: 'POST',
        url: 'https://api.stripe.com/v1/billing/meter_events',
        body: { event_name: 'engineer_seconds', identifier: 'entry_1', timestamp: '1780000000', 'payload[stripe_customer_id]': 'cus_123', 'payload[value]': '754' },
      },
    ]);
  });

  it('cancels the subscription now with the final usage invoiced', async () => {
    const { payments, seen } = stripeStandIn(() => ({ id: 'sub_123', object: 'subscription', status: 'canceled' }));
    await payments.cancelSubscription('sub_123');
    // The SDK sends a DELETE's parameters in the query string.
    expect(seen).toEqual([{ method: 'DELETE', url: 'https://api.stripe.com/v1/subscriptions/sub_123?invoice_now=true', body: {} }]);
  });

  it('says so instead of calling Stripe when the metered price or the meter is not configured', async () => {
    const payments = stripePayments({ secretKey: 'sk_test_123', webhookSecret: 'whsec_test', fetch: () => Promise.reject(new Error('Stripe must not be called')) });
    await expect(
      payments.createSubscriptionCheckout({ accountId: 'a', customerEmail: 'ops@example.com', locale: 'en', successUrl: 'https://x.test/', cancelUrl: 'https://x.test/' }),
    ).rejects.toBeInstanceOf(OnDemandNotConfigured);
    await expect(payments.reportUsage({ identifier: 'e', stripeCustomerId: 'cus_1', seconds: 1, timestamp: 1 })).rejects.toBeInstanceOf(OnDemandNotConfigured);
  });
});
