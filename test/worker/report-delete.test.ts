/** Deleting a report from its page: a confirmation with a CSRF-protected form, the token pasted, and a 410 page after. */
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { openSshWithDatabaseTemplate } from '../fixtures/templates';
import { cookieFrom, get, nextAddress, post } from './console-session';
import { origin } from './paid-reviews';

async function upload(): Promise<{ id: string; deleteToken: string }> {
  const files = [{ name: 'stack.yaml', content: `${openSshWithDatabaseTemplate}# ${crypto.randomUUID()}\n` }];
  const response = await SELF.fetch(`${origin}/api/reviews`, { method: 'POST', body: JSON.stringify({ files }), headers: { 'content-type': 'application/json', 'cf-connecting-ip': nextAddress() } });
  expect(response.status).toBe(201);
  return response.json();
}

/** The confirmation page and the CSRF pair it hands out. */
async function confirmation(path: string): Promise<{ html: string; cookie: string; csrf: string }> {
  const response = await get(path);
  expect(response.status).toBe(200);
  const html = await response.text();
  const csrf = /name="csrf" value="([0-9a-f]{48})"/.exec(html)?.[1];
  expect(csrf).toBeDefined();
  return { html, cookie: `plumbline_csrf=${cookieFrom(response, 'plumbline_csrf')}`, csrf: csrf! };
}

describe('deleting a report from its page', () => {
  it('links from the report to a confirmation that asks for the token in words, not headers', async () => {
    const { id } = await upload();
    const report = await (await get(`/reviews/${id}`)).text();
    expect(report).toContain(`href="/reviews/${id}/delete"`);
    expect(report).not.toContain('Authorization');
    const { html } = await confirmation(`/reviews/${id}/delete`);
    expect(html).toContain('Delete this report?');
    expect(html).toContain('stack.yaml');
    expect(html).toMatch(/<label for="field-token">Delete token<\/label>/);
    expect(html).not.toContain('Bearer');
  });

  it('deletes with the pasted token and then answers the report’s link with 410 in its language', async () => {
    const { id, deleteToken } = await upload();
    const { cookie, csrf } = await confirmation(`/zh-cn/reviews/${id}/delete`);
    const deleted = await post(`/zh-cn/reviews/${id}/delete`, { csrf, token: ` ${deleteToken} ` }, cookie);
    expect(deleted.status).toBe(303);
    expect(deleted.headers.get('location')).toBe(`/zh-cn/reviews/${id}`);
    const page = await get(`/zh-cn/reviews/${id}`);
    expect(page.status).toBe(410);
    const html = await page.text();
    expect(html).toContain('这份报告已被删除');
    expect(html).toContain('lang="zh-CN"');
    const english = await get(`/reviews/${id}`);
    expect(english.status).toBe(410);
    expect(await english.text()).toContain('This report was deleted');
    expect((await get(`/reviews/${id}/delete`)).status).toBe(410);
    // The API keeps answering as before.
    expect((await get(`/api/reviews/${id}`)).status).toBe(404);
  });

  it('keeps the report and says why when the token is missing or wrong', async () => {
    const { id } = await upload();
    const { cookie, csrf } = await confirmation(`/reviews/${id}/delete`);
    const missing = await post(`/reviews/${id}/delete`, { csrf, token: '' }, cookie);
    expect(missing.status).toBe(422);
    expect(await missing.text()).toContain('Paste the delete token.');
    const wrong = await post(`/reviews/${id}/delete`, { csrf, token: 'not-the-token' }, cookie);
    expect(wrong.status).toBe(403);
    const html = await wrong.text();
    expect(html).toContain('This is not the delete token of this report.');
    expect(html).toContain('aria-invalid="true"');
    expect((await get(`/reviews/${id}`)).status).toBe(200);
  });

  it('refuses a form without the CSRF token, even with the right delete token', async () => {
    const { id, deleteToken } = await upload();
    const { cookie } = await confirmation(`/reviews/${id}/delete`);
    expect((await post(`/reviews/${id}/delete`, { token: deleteToken }, cookie)).status).toBe(403);
    expect((await post(`/reviews/${id}/delete`, { csrf: 'f'.repeat(48), token: deleteToken }, cookie)).status).toBe(403);
    expect((await get(`/reviews/${id}`)).status).toBe(200);
  });

  it('answers a report deleted through the API with the same 410 page', async () => {
    const { id, deleteToken } = await upload();
    const deleted = await SELF.fetch(`${origin}/api/reviews/${id}`, { method: 'DELETE', headers: { authorization: `Bearer ${deleteToken}` } });
    expect(deleted.status).toBe(204);
    expect((await get(`/reviews/${id}`)).status).toBe(410);
  });

  it('still answers an id that never existed with 404', async () => {
    expect((await get('/reviews/AAAAAAAAAAAAAAAAAAAAAA')).status).toBe(404);
    expect((await get('/reviews/AAAAAAAAAAAAAAAAAAAAAA/delete')).status).toBe(404);
  });
});
