/**
 * Optional human check on uploads (Cloudflare Turnstile), switched on by configuration.
 * - Real: verifies the token with Cloudflare's siteverify endpoint.
 * - Local: Cloudflare's published test secret keys, answered without a network call (this machine has none):
 *   `1x0000000000000000000000000000000AA` always passes, `2x0000000000000000000000000000000AA` always fails,
 *   and the test widgets produce the dummy token `XXXX.DUMMY.TOKEN.XXXX`.
 */

export interface HumanCheck {
  /** Public key for the widget on the upload page. */
  siteKey: string;
  verify(token: string | undefined, remoteIp: string | undefined): Promise<boolean>;
}

export const testSecrets = { pass: '1x0000000000000000000000000000000AA', fail: '2x0000000000000000000000000000000AA' } as const;
export const dummyToken = 'XXXX.DUMMY.TOKEN.XXXX';

export function cloudflareTurnstile(siteKey: string, secret: string, fetcher: typeof fetch = fetch): HumanCheck {
  return {
    siteKey,
    async verify(token, remoteIp) {
      if (!token) return false;
      const body = new FormData();
      body.append('secret', secret);
      body.append('response', token);
      if (remoteIp) body.append('remoteip', remoteIp);
      const response = await fetcher('https://challenges.cloudflare.com/turnstile/v0/siteverify', { method: 'POST', body });
      if (!response.ok) return false;
      const result = (await response.json()) as { success?: boolean };
      return result.success === true;
    },
  };
}

export function localTurnstile(siteKey: string, secret: string): HumanCheck {
  return {
    siteKey,
    async verify(token) {
      return secret === testSecrets.pass && token === dummyToken;
    },
  };
}

/** Off unless both keys are configured; Cloudflare's test secrets use the offline verifier. */
export function humanCheckFromEnv(env: { TURNSTILE_SITE_KEY?: string; TURNSTILE_SECRET_KEY?: string }): HumanCheck | undefined {
  const siteKey = env.TURNSTILE_SITE_KEY?.trim();
  const secret = env.TURNSTILE_SECRET_KEY?.trim();
  if (!siteKey || !secret) return undefined;
  return secret === testSecrets.pass || secret === testSecrets.fail ? localTurnstile(siteKey, secret) : cloudflareTurnstile(siteKey, secret);
}
