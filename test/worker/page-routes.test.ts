/** Paths near the Worker-rendered pages: never a 500, and the pages answer with or without a trailing slash. */
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { openSshWithDatabaseTemplate } from '../fixtures/templates';

const origin = 'https://plumbline.test';

describe('paths the Worker renders', () => {
  it.each(['/reviews/', '/reviews/x/y', '/zh-cn/reviews/a/b/c', '/requests/', '/requests/x/y/z', '/zh-cn/requests/x/unknown', '/checkout/test/', '/checkout/test/x/y', '/request/x'])(
    'answers %s with a 404 page, never a 500',
    async (path) => {
      const response = await SELF.fetch(`${origin}${path}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('content-type')).toMatch(/text\/html/);
    },
  );

  it('serves a shared report link with a trailing slash', async () => {
    const created = await SELF.fetch(`${origin}/api/reviews`, {
      method: 'POST',
      body: JSON.stringify({ files: [{ name: 'stack.yaml', content: openSshWithDatabaseTemplate }] }),
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': '10.3.3.3' },
    });
    const { id } = await created.json<{ id: string }>();
    expect((await SELF.fetch(`${origin}/reviews/${id}/`)).status).toBe(200);
    expect((await SELF.fetch(`${origin}/zh-cn/reviews/${id}/`)).status).toBe(200);
  });
});
