/** The production payment provider: Stripe Checkout through the official SDK over fetch. */
import Stripe from 'stripe';
import { OnDemandNotConfigured, type CheckoutInput, type CheckoutSession, type Payments, type SubscriptionCheckoutInput, type UsageReport } from './payments.ts';
import { verifyStripeSignature } from './verify.ts';

export interface StripeConfig {
  secretKey: string;
  webhookSecret: string;
  /** The on-demand engineer's metered price (`price_…`, recurring, usage type metered, on the meter below). */
  onDemandPriceId?: string | undefined;
  /** The `event_name` of the Billing Meter that sums engineer seconds. */
  meterEventName?: string | undefined;
  /** Stripe's servers, or a stand-in for them in tests. */
  fetch?: typeof fetch;
}

export function stripePayments(config: StripeConfig): Payments {
  const stripe = new Stripe(config.secretKey, {
    httpClient: Stripe.createFetchHttpClient(config.fetch ?? fetch),
    // The SDK adds an idempotency key to retried POSTs, so a retry never opens a second session.
    maxNetworkRetries: 2,
  });
  return {
    mode: 'stripe',
    async createCheckout(input: CheckoutInput): Promise<CheckoutSession> {
      const session = await stripe.checkout.sessions.create({
        mode: 'payment',
        line_items: [{ quantity: 1, price_data: { currency: input.currency, unit_amount: input.amountCents, product_data: { name: input.productName } } }],
        client_reference_id: input.requestId,
        customer_email: input.customerEmail,
        locale: input.locale,
        success_url: input.successUrl,
        cancel_url: input.cancelUrl,
        metadata: { request_id: input.requestId },
        // Refund events carry the payment intent, not the session: tag it too.
        payment_intent_data: { metadata: { request_id: input.requestId } },
      });
      if (!session.url) throw new Error('Stripe returned a Checkout Session without a URL');
      return { id: session.id, url: session.url };
    },
    async createSubscriptionCheckout(input: SubscriptionCheckoutInput): Promise<CheckoutSession> {
      if (!config.onDemandPriceId) throw new OnDemandNotConfigured('STRIPE_ON_DEMAND_PRICE is not set');
      const session = await stripe.checkout.sessions.create({
        mode: 'subscription',
        // A metered price takes no quantity: the meter events are the quantity.
        line_items: [{ price: config.onDemandPriceId }],
        client_reference_id: input.accountId,
        customer_email: input.customerEmail,
        locale: input.locale,
        success_url: input.successUrl,
        cancel_url: input.cancelUrl,
        metadata: { account_id: input.accountId },
        // Subscription and invoice events carry the subscription's metadata: tag it too.
        subscription_data: { metadata: { account_id: input.accountId } },
      });
      if (!session.url) throw new Error('Stripe returned a Checkout Session without a URL');
      return { id: session.id, url: session.url };
    },
    async reportUsage(usage: UsageReport): Promise<void> {
      if (!config.meterEventName) throw new OnDemandNotConfigured('STRIPE_METER_EVENT is not set');
      // The identifier is what Stripe dedupes on (for at least 24 hours): a resend of the same entry is a no-op.
      await stripe.billing.meterEvents.create({
        event_name: config.meterEventName,
        identifier: usage.identifier,
        timestamp: usage.timestamp,
        payload: { stripe_customer_id: usage.stripeCustomerId, value: String(usage.seconds) },
      });
    },
    async cancelSubscription(subscriptionId: string): Promise<void> {
      // invoice_now: the usage not yet invoiced is billed on a final invoice now, not at the period's end.
      await stripe.subscriptions.cancel(subscriptionId, { invoice_now: true });
    },
    verifyEvent: (rawBody, signature) => verifyStripeSignature(rawBody, signature, config.webhookSecret),
  };
}
