/** The report page as a person meets it: the site's header, findings of one rule grouped, filter counts and their empty state. */
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

async function reportPage(language: 'en' | 'zh-cn', content = template): Promise<{ id: string; html: string }> {
  const files = [{ name: 'groups.yaml', content: `${content}# ${crypto.randomUUID()}\n` }];
  const created = await SELF.fetch(`${origin}/api/reviews`, { method: 'POST', body: JSON.stringify({ files }), headers: { 'content-type': 'application/json', 'cf-connecting-ip': nextAddress() } });
  const { id } = await created.json<{ id: string }>();
  const page = await get(`${language === 'zh-cn' ? '/zh-cn' : ''}/reviews/${id}`);
  expect(page.status).toBe(200);
  return { id, html: await page.text() };
}

/** The article of one rule's finding or group. */
function cardOf(html: string, ruleId: string): string {
  const articles = html
    .split('<article')
    .slice(1)
    .map((part) => part.slice(0, part.indexOf('</article>')));
  const found = articles.filter((article) => article.includes(`/rules/${ruleId}/`));
  expect(found).toHaveLength(1);
  return found[0]!;
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

  it('collapses one rule’s findings into a group with the fix shown once and every place listed', async () => {
    const { html } = await reportPage('en');
    const group = cardOf(html, 'AWS-EC2-SG-OPEN-ADMIN-PORTS');
    expect(group).toMatch(/class="finding finding-group/);
    expect(group).toContain('data-count="3"');
    expect(group).toContain('Found on 3 resources');
    expect(group).toContain('<summary>All 3 places</summary>');
    for (const name of ['GroupA', 'GroupB', 'GroupC']) expect(group).toContain(`AWS::EC2::SecurityGroup.${name}`);
    expect(group.match(/How to fix it/g)).toHaveLength(1);
    expect(group.match(/class="excerpt"/g)).toHaveLength(3);
  });

  it('says so when one resource holds several of the group’s findings', async () => {
    const sshAndRdp = `${threeOpenGroups}        - IpProtocol: tcp
          FromPort: 3389
          ToPort: 3389
          CidrIp: 0.0.0.0/0
`;
    const group = cardOf((await reportPage('en', sshAndRdp)).html, 'AWS-EC2-SG-OPEN-ADMIN-PORTS');
    expect(group).toContain('data-count="4"');
    expect(group).toContain('Found 4 times on 3 resources');
    expect(group).toContain('<summary>All 4 places</summary>');
    const chinese = cardOf((await reportPage('zh-cn', sshAndRdp)).html, 'AWS-EC2-SG-OPEN-ADMIN-PORTS');
    expect(chinese).toContain('在 3 个资源上发现 4 处');
  });

  it('keeps a rule found once as a plain card', async () => {
    const { html } = await reportPage('en');
    const singles = html
      .split('<article')
      .slice(1)
      .filter((article) => article.includes('data-count="1"'));
    expect(singles.length).toBeGreaterThan(0);
    for (const single of singles) expect(single).not.toMatch(/class="finding finding-group/);
  });

  it('gives the filters a count template and an empty state with a way back', async () => {
    const { html } = await reportPage('en');
    const total = Number(/data-count-all="(\d+) findings"/.exec(html)?.[1]);
    expect(total).toBeGreaterThan(3);
    expect(html).toContain(`data-count-filtered="{shown} of ${total} findings"`);
    expect(html).toMatch(/class="filter-empty"[^>]*hidden[^>]*>.*No findings match these filters\..*Show all findings/s);
  });

  it('says it in Chinese on the Chinese page', async () => {
    const { html } = await reportPage('zh-cn');
    const group = cardOf(html, 'AWS-EC2-SG-OPEN-ADMIN-PORTS');
    expect(group).toContain('涉及 3 个资源');
    expect(group).toContain('<summary>全部 3 处位置</summary>');
    expect(html).toMatch(/data-count-filtered="共 \d+ 个问题，显示 \{shown\} 个"/);
    expect(html).toContain('没有符合这些筛选条件的问题。');
    expect(html).toContain('请保存删除令牌');
  });
});
