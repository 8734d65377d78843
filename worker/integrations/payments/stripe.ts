/** The production payment provider: Stripe Checkout through the official SDK over fetch. */
import Stripe from 'stripe';
import type { CheckoutInput, CheckoutSession, Payments } from './payments.ts';
import { verifyStripeSignature } from './verify.ts';

export interface StripeConfig {
  secretKey: string;
  webhookSecret: string;
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
      const session = await stripe.checkout.sessions.create(
        {
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
        },
      );
      if (!session.url) throw new Error('Stripe returned a Checkout Session without a URL');
      return { id: session.id, url: session.url };
    },
    verifyEvent: (rawBody, signature) => verifyStripeSignature(rawBody, signature, config.webhookSecret),
  };
}
