/** Helpers for the paid-review suites: rows in D1, Stripe-shaped events signed like Stripe signs them, form sessions. */
import { env, SELF } from 'cloudflare:test';
import Stripe from 'stripe';
import { insertRequest } from '../../worker/db/requests';
import { localWebhookSecret } from '../../worker/integrations/payments/local';
import type { RequestRow } from '../../worker/schemas/requests';
import { newRequestRow } from '../../worker/services/requests';
import { randomKey } from '../../worker/services/secrets';

export const origin = 'https://plumbline.test';

export async function insertPaidRequest(overrides: Partial<RequestRow> = {}): Promise<RequestRow> {
  const now = Date.now();
  const row: RequestRow = {
    ...newRequestRow({
      id: randomKey(),
      report_id: null,
      tier: 'developer',
      email: 'ana@example.com',
      review_language: 'en',
      page_language: 'en',
      concerns: 'Is our database tier ready for a launch?',
      urgency: 'this-week',
      price_cents: 29_000,
      currency: 'usd',
      created_at: now,
    }),
    checkout_session_id: `cs_test_${randomKey()}`,
    ...overrides,
  };
  await insertRequest(env.DB, row).run();
  return row;
}

export const readRequest = (id: string) => env.DB.prepare('SELECT * FROM review_requests WHERE id = ?').bind(id).first<RequestRow>();

export function checkoutEvent(
  type: 'checkout.session.completed' | 'checkout.session.async_payment_succeeded' | 'checkout.session.async_payment_failed' | 'checkout.session.expired',
  request: Pick<RequestRow, 'id' | 'checkout_session_id' | 'price_cents'>,
  session: { payment_status?: 'paid' | 'unpaid'; amount_total?: number; id?: string; payment_intent?: string } = {},
) {
  return {
    id: `evt_${randomKey()}`,
    object: 'event',
    api_version: '2026-11-17.clover',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
    data: {
      object: {
        id: session.id ?? request.checkout_session_id,
        object: 'checkout.session',
        mode: 'payment',
        status: type === 'checkout.session.expired' ? 'expired' : 'complete',
        payment_status: session.payment_status ?? (type === 'checkout.session.completed' || type === 'checkout.session.async_payment_succeeded' ? 'paid' : 'unpaid'),
        client_reference_id: request.id,
        amount_total: session.amount_total ?? request.price_cents,
        currency: 'usd',
        payment_intent: type === 'checkout.session.expired' ? null : (session.payment_intent ?? `pi_${request.id}`),
      },
    },
  };
}

export function refundEvent(paymentIntent: string, refunded = true) {
  return {
    id: `evt_${randomKey()}`,
    object: 'event',
    created: Math.floor(Date.now() / 1000),
    livemode: false,
    type: 'charge.refunded',
    data: { object: { id: `ch_${randomKey()}`, object: 'charge', payment_intent: paymentIntent, refunded, amount_refunded: 29_000, currency: 'usd', metadata: {} } },
  };
}

/** Delivers an event to the webhook as Stripe does: raw JSON body and a Stripe-Signature header. */
export async function deliver(event: object, secret = localWebhookSecret, timestamp?: number): Promise<Response> {
  const body = JSON.stringify(event);
  const signature = await Stripe.webhooks.generateTestHeaderStringAsync({ payload: body, secret, cryptoProvider: Stripe.createSubtleCryptoProvider(), ...(timestamp ? { timestamp } : {}) });
  return SELF.fetch(`${origin}/api/billing/webhook`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'stripe-signature': signature } });
}

/** A browser-like session: keeps cookies and reads the CSRF token a page hands out. */
export class FormSession {
  cookies = new Map<string, string>();
  address = `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

  private remember(response: Response) {
    for (const header of response.headers.getSetCookie()) {
      const [pair] = header.split(';');
      const [name, ...value] = pair!.split('=');
      this.cookies.set(name!.trim(), value.join('='));
    }
  }

  get cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
  }

  async get(path: string): Promise<{ response: Response; html: string; csrf: string | undefined }> {
    const response = await SELF.fetch(new URL(path, origin), { headers: { cookie: this.cookieHeader, 'cf-connecting-ip': this.address }, redirect: 'manual' });
    this.remember(response);
    const html = await response.text();
    return { response, html, csrf: /name="csrf" value="([0-9a-f]+)"/.exec(html)?.[1] };
  }

  async post(path: string, fields: Record<string, string>): Promise<Response> {
    const response = await SELF.fetch(new URL(path, origin), {
      method: 'POST',
      body: new URLSearchParams(fields),
      headers: { cookie: this.cookieHeader, origin, 'content-type': 'application/x-www-form-urlencoded', 'cf-connecting-ip': this.address },
      redirect: 'manual',
    });
    this.remember(response);
    return response;
  }
}
