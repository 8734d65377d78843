/** One set of security headers on every Worker response, and uploads only from this site or from non-browsers. */
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { openSshWithDatabaseTemplate } from '../fixtures/templates';

const origin = 'https://plumbline.test';
let address = 0;
const upload = (headers: Record<string, string> = {}) => {
  const form = new FormData();
  form.append('files', new File([openSshWithDatabaseTemplate], 'stack.yaml'));
  return SELF.fetch(`${origin}/api/reviews`, { method: 'POST', body: form, headers: { 'cf-connecting-ip': `10.5.0.${++address}`, ...headers } });
};

describe('security headers', () => {
  it('are the same on API answers, reports in every format, and pages', async () => {
    const { id } = await (await upload()).json<{ id: string }>();
    const paths = [
      '/api/health',
      `/api/reviews/${id}`,
      `/api/reviews/${id}?format=sarif`,
      `/api/reviews/${id}?format=markdown`,
      `/api/reviews/${id}?format=junit`,
      `/reviews/${id}`,
      '/zh-cn/request/',
      '/console/sign-in',
      '/requests/x/y',
    ];
    for (const path of paths) {
      const response = await SELF.fetch(`${origin}${path}`);
      const headers = response.headers;
      expect(headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains');
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('x-frame-options'), path).toBe('DENY');
      expect(headers.get('referrer-policy'), path).toBe('no-referrer');
      const csp = headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).not.toContain('unsafe-inline');
    }
  });

  it('keep every format of a report out of shared caches', async () => {
    const { id } = await (await upload()).json<{ id: string }>();
    for (const format of ['json', 'sarif', 'markdown', 'junit']) {
      const response = await SELF.fetch(`${origin}/api/reviews/${id}?format=${format}`);
      expect(response.headers.get('cache-control'), format).toBe('private, no-store');
    }
    expect((await SELF.fetch(`${origin}/reviews/${id}`)).headers.get('cache-control')).toBe('private, no-store');
  });
});

describe('cross-origin uploads', () => {
  it('are refused from a page on another site', async () => {
    const response = await upload({ origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' });
    expect(response.status).toBe(403);
    expect((await response.json<{ error: { code: string } }>()).error.code).toBe('cross-origin');
    expect((await upload({ origin: 'https://evil.example' })).status).toBe(403);
    expect((await upload({ origin: 'null' })).status).toBe(403);
  });

  it('are accepted from this site and from clients that send no Origin (CLI, curl)', async () => {
    expect((await upload({ origin, 'sec-fetch-site': 'same-origin' })).status).toBe(201);
    expect((await upload()).status).toBe(201);
  });
});

describe('links in stored reports', () => {
  it('come from PUBLIC_ORIGIN, not from the Host header of the upload', async () => {
    const { app } = await import('../../worker/index');
    const { env } = await import('cloudflare:test');
    const form = new FormData();
    form.append('files', new File([openSshWithDatabaseTemplate], 'stack.yaml'));
    const response = await app.request(
      'https://evil.example/api/reviews',
      { method: 'POST', body: form, headers: { 'cf-connecting-ip': '10.5.9.9' } },
      { ...env, PUBLIC_ORIGIN: 'https://plumbline.dev' },
    );
    const { findings } = await response.json<{ findings: { guide?: string; guideUrl?: string; help?: string }[] }>();
    const text = JSON.stringify(findings);
    expect(text).toContain('https://plumbline.dev/guides/');
    expect(text).not.toContain('evil.example');
  });
});
