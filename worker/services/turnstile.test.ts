import { describe, expect, it } from 'vitest';
import { cloudflareTurnstile, dummyToken, humanCheckFromEnv, testSecrets } from './turnstile.ts';

describe('human check', () => {
  it('is off unless both keys are configured', () => {
    expect(humanCheckFromEnv({})).toBeUndefined();
    expect(humanCheckFromEnv({ TURNSTILE_SITE_KEY: 'x' })).toBeUndefined();
  });

  it('answers Cloudflare’s test keys offline', async () => {
    const passing = humanCheckFromEnv({ TURNSTILE_SITE_KEY: '1x00000000000000000000AA', TURNSTILE_SECRET_KEY: testSecrets.pass })!;
    expect(await passing.verify(dummyToken, undefined)).toBe(true);
    expect(await passing.verify(undefined, undefined)).toBe(false);
    const failing = humanCheckFromEnv({ TURNSTILE_SITE_KEY: '2x00000000000000000000AB', TURNSTILE_SECRET_KEY: testSecrets.fail })!;
    expect(await failing.verify(dummyToken, undefined)).toBe(false);
  });

  it('sends the token, secret and client address to siteverify and reads its answer', async () => {
    const calls: FormData[] = [];
    const fetcher = (async (_url: string, init: RequestInit) => {
      calls.push(init.body as FormData);
      return Response.json({ success: (init.body as FormData).get('response') === 'good' });
    }) as unknown as typeof fetch;
    const check = cloudflareTurnstile('site', 'secret', fetcher);
    expect(await check.verify('good', '203.0.113.5')).toBe(true);
    expect(await check.verify('bad', undefined)).toBe(false);
    expect(calls[0]!.get('secret')).toBe('secret');
    expect(calls[0]!.get('remoteip')).toBe('203.0.113.5');
  });
});
