/**
 * Payments behind one small interface: Stripe in production, a local test-mode provider everywhere else.
 * Both speak Stripe's event format and both verify signatures with the stripe SDK, so the webhook route,
 * the billing service and their tests are the same whichever is configured.
 */
import type Stripe from 'stripe';

export interface CheckoutInput {
  /** Our request id; Stripe echoes it back as `client_reference_id`. */
  requestId: string;
  amountCents: number;
  currency: 'usd';
  productName: string;
  customerEmail: string;
  /** Checkout's own language: Stripe calls Simplified Chinese `zh`. */
  locale: 'en' | 'zh';
  successUrl: string;
  cancelUrl: string;
}

export interface CheckoutSession {
  id: string;
  url: string;
}

export type BillingEvent = Stripe.Event;

/** A webhook whose signature is missing, malformed, stale or wrong. */
export class WebhookSignatureError extends Error {}

export interface Payments {
  readonly mode: 'stripe' | 'local';
  createCheckout(input: CheckoutInput): Promise<CheckoutSession>;
  /** Verifies the `Stripe-Signature` header over the raw body and returns the event, or throws WebhookSignatureError. */
  verifyEvent(rawBody: string, signature: string | undefined): Promise<BillingEvent>;
}

/** Stripe's locale for a review language. */
export const checkoutLocale = (language: 'en' | 'zh-cn'): CheckoutInput['locale'] => (language === 'zh-cn' ? 'zh' : 'en');
