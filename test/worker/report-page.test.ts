/** The report page as a person meets it: the site's header. */
import { SELF } from 'cloudflare:test';
import { describe, expect, it } from 'vitest';
import { threeOpenGroups } from '../fixtures/templates';
import { get, nextAddress } from './console-session';
import { origin } from './paid-reviews';

/** Three security groups open to SSH (one rule, three resources) and a public bucket (rules found once each). */
const template = `${threeOpenGroups}  Logs:
    Type: AWS::S3::Bucket
    Properties:
      AccessControl: PublicRead
`;

async function reportPage(language: 'en' | 'zh-cn'): Promise<{ id: string; html: string }> {
  const files = [{ name: 'groups.yaml', content: `${template}# ${crypto.randomUUID()}\n` }];
  const created = await SELF.fetch(`${origin}/api/reviews`, { method: 'POST', body: JSON.stringify({ files }), headers: { 'content-type': 'application/json', 'cf-connecting-ip': nextAddress() } });
  const { id } = await created.json<{ id: string }>();
  const page = await get(`${language === 'zh-cn' ? '/zh-cn' : ''}/reviews/${id}`);
  expect(page.status).toBe(200);
  return { id, html: await page.text() };
}

describe('the report page', () => {
  it('has the site’s header: navigation, search and a language switch to the same report', async () => {
    const { id, html } = await reportPage('en');
    const header = html.slice(html.indexOf('<header class="site-header">'), html.indexOf('</header>'));
    for (const link of ['/guides/', '/rules/', '/review/', '/pricing/']) expect(header).toContain(`href="${link}"`);
    expect(header).toContain('data-search-open');
    expect(header).toContain(`href="/zh-cn/reviews/${id}"`);
    expect(html).toContain('<script type="module" src="/js/site-header.js">');
  });
});
