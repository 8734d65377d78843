/** Webhook verification shared by both providers: stripe's own constructEventAsync over Web Crypto. */
import Stripe from 'stripe';
import { WebhookSignatureError, type BillingEvent } from './payments.ts';

// Workers have no Node crypto: the SubtleCrypto provider is what stripe documents for edge runtimes.
export const webCrypto = Stripe.createSubtleCryptoProvider();

export async function verifyStripeSignature(rawBody: string, signature: string | undefined, secret: string): Promise<BillingEvent> {
  if (!signature) throw new WebhookSignatureError('the Stripe-Signature header is missing');
  try {
    return await Stripe.webhooks.constructEventAsync(rawBody, signature, secret, undefined, webCrypto);
  } catch (error) {
    throw new WebhookSignatureError(error instanceof Error ? error.message : 'the signature does not match');
  }
}

/** The header Stripe would send for this payload: how the local provider and the tests sign events. */
export function signPayload(payload: string, secret: string, timestamp?: number): Promise<string> {
  return Stripe.webhooks.generateTestHeaderStringAsync({ payload, secret, cryptoProvider: webCrypto, ...(timestamp === undefined ? {} : { timestamp }) });
}
