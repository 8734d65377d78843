import { describe, expect, it } from 'vitest';
import { resendMailer } from './resend.ts';

describe('the Resend mailer', () => {
  it('posts the message with the API key and the outbox id as idempotency key', async () => {
    const seen: Request[] = [];
    const mailer = resendMailer({
      apiKey: 're_test_key',
      from: 'Plumbline <reviews@plumbline.dev>',
      fetch: async (input, init) => {
        seen.push(new Request(input, init));
        return Response.json({ id: 'msg_123' });
      },
    });
    const id = await mailer.send({ id: 'out-1', to: 'ana@example.com', subject: 'Paid', body: 'Thanks' });
    expect(id).toBe('msg_123');
    expect(seen[0]!.headers.get('authorization')).toBe('Bearer re_test_key');
    expect(seen[0]!.headers.get('idempotency-key')).toBe('out-1');
    expect(await seen[0]!.json()).toEqual({ from: 'Plumbline <reviews@plumbline.dev>', to: ['ana@example.com'], subject: 'Paid', text: 'Thanks' });
  });

  it('fails with the provider status so the outbox can retry', async () => {
    const mailer = resendMailer({ apiKey: 'k', from: 'a@b.c', fetch: async () => new Response('rate limited', { status: 429 }) });
    await expect(mailer.send({ id: 'x', to: 'a@b.c', subject: 's', body: 'b' })).rejects.toThrow(/429/);
  });
});
