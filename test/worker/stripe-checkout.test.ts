/** The Stripe implementation drives the real SDK; only Stripe's servers are replaced, at the HTTP boundary. */
import { describe, expect, it } from 'vitest';
import { stripePayments } from '../../worker/integrations/payments/stripe';

describe('Stripe Checkout', () => {
  it('creates a payment-mode session with the price, request id, e-mail, locale and return URLs', async () => {
    const seen: { url: string; body: URLSearchParams; auth: string | null }[] = [];
    const payments = stripePayments({
      secretKey: 'sk_test_123',
      webhookSecret: 'whsec_test',
      fetch: async (input, init) => {
        const request = new Request(input, init);
        seen.push({ url: request.url, body: new URLSearchParams(await request.text()), auth: request.headers.get('authorization') });
        return Response.json({ id: 'cs_test_abc', object: 'checkout.session', url: 'https://checkout.stripe.com/c/pay/cs_test_abc' });
      },
    });
    const session = await payments.createCheckout({
      requestId: 'req_0123456789abcdefghij',
      amountCents: 29_000,
      currency: 'usd',
      productName: 'Plumbline · 开发者评审',
      customerEmail: 'ana@example.com',
      locale: 'zh',
      successUrl: 'https://plumbline.test/zh-cn/requests/x?key=k&checkout=done',
      cancelUrl: 'https://plumbline.test/zh-cn/requests/x?key=k&checkout=cancelled',
    });
    expect(session).toEqual({ id: 'cs_test_abc', url: 'https://checkout.stripe.com/c/pay/cs_test_abc' });
    const [call] = seen;
    expect(call!.url).toBe('https://api.stripe.com/v1/checkout/sessions');
    expect(call!.auth).toBe('Bearer sk_test_123');
    expect(Object.fromEntries(call!.body)).toMatchObject({
      mode: 'payment',
      client_reference_id: 'req_0123456789abcdefghij',
      customer_email: 'ana@example.com',
      locale: 'zh',
      'line_items[0][price_data][unit_amount]': '29000',
      'line_items[0][price_data][currency]': 'usd',
      'line_items[0][quantity]': '1',
      success_url: 'https://plumbline.test/zh-cn/requests/x?key=k&checkout=done',
      'payment_intent_data[metadata][request_id]': 'req_0123456789abcdefghij',
    });
  });
});
