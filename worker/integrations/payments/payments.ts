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

/** A Checkout in `subscription` mode for the on-demand engineer's metered price. */
export interface SubscriptionCheckoutInput {
  /** Our account id; Stripe echoes it back as `client_reference_id` and in the subscription's metadata. */
  accountId: string;
  customerEmail: string;
  locale: CheckoutInput['locale'];
  successUrl: string;
  cancelUrl: string;
}

/** Engineer time to bill: one meter event. */
export interface UsageReport {
  /** Stripe dedupes meter events on it: the time entry's id, so a resend never bills twice. */
  identifier: string;
  stripeCustomerId: string;
  /** Whole seconds. */
  seconds: number;
  /** When the time was spent (its stop), in Unix seconds. */
  timestamp: number;
}

export type BillingEvent = Stripe.Event;

/** The on-demand engineer needs a metered price and a meter that this deployment has not configured. */
export class OnDemandNotConfigured extends Error {}

/** A webhook whose signature is missing, malformed, stale or wrong. */
export class WebhookSignatureError extends Error {}

export interface Payments {
  readonly mode: 'stripe' | 'local';
  createCheckout(input: CheckoutInput): Promise<CheckoutSession>;
  /** Opens a Checkout that starts the metered on-demand subscription. */
  createSubscriptionCheckout(input: SubscriptionCheckoutInput): Promise<CheckoutSession>;
  /** Sends one meter event; sending the same identifier again bills nothing more. */
  reportUsage(usage: UsageReport): Promise<void>;
  /** Cancels the subscription now and invoices the usage not yet billed; `customer.subscription.deleted` follows. */
  cancelSubscription(subscriptionId: string): Promise<void>;
  /** Verifies the `Stripe-Signature` header over the raw body and returns the event, or throws WebhookSignatureError. */
  verifyEvent(rawBody: string, signature: string | undefined): Promise<BillingEvent>;
}

/** Stripe's locale for a review language. */
export const checkoutLocale = (language: 'en' | 'zh-cn'): CheckoutInput['locale'] => (language === 'zh-cn' ? 'zh' : 'en');
