/**
 * The search dialog as a reader uses it: filters that apply to guides and rules alike, more results on request,
 * excerpts that start with the text, Chinese hits highlighted whole, and nonsense answered with an empty state.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, openPage, useBrowser } from './browser';

const browser = useBrowser();
const results = '[data-search-results] li';

async function search(path: string, query: string, filters: Record<string, string> = {}): Promise<Page> {
  const { page } = await openPage(browser(), path);
  await page.keyboard.press('Control+k');
  for (const [name, label] of Object.entries(filters)) {
    await page.locator(`[data-search-filter="${name}"]`).selectOption({ label });
  }
  await page.getByRole('searchbox').fill(query);
  // The status says "Loading…" until a search has been answered, results or none; the first search loads the engine.
  await page.waitForFunction(() => /\d|No results|没有找到/.test(document.querySelector('[data-search-status]')?.textContent ?? ''), null, { timeout: 20_000 });
  return page;
}

const hrefs = (page: Page) => page.locator(`${results} a`).evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
const marks = (page: Page) => page.locator(`${results} mark`).allTextContents();

describe('search filters', () => {
  it('offers Critical in the risk filter, and it finds critical rules', async () => {
    const page = await search('/', 'public', { risk: 'Critical' });
    const found = await hrefs(page);
    expect(found).toContain('/rules/AWS-S3-PUBLIC-ACL/');
    expect(found.every((href) => href.startsWith('/rules/'))).toBe(true);
    await page.close();
  });

  it.each([
    ['risk', 'High'],
    ['pillar', 'Security'],
    ['service', 'Amazon S3'],
  ])('narrows guides and rules alike by %s “%s”', async (name, label) => {
    const page = await search('/', 'encryption', { [name]: label });
    const found = await hrefs(page);
    expect(found.some((href) => href.startsWith('/guides/'))).toBe(true);
    expect(found.some((href) => href.startsWith('/rules/'))).toBe(true);
    await page.close();
  });

  it('shows only rules when the type is Rule, in Chinese too', async () => {
    const page = await search('/zh-cn/', '加密', { kind: '规则' });
    const found = await hrefs(page);
    expect(found.length).toBeGreaterThan(0);
    expect(found.every((href) => href.startsWith('/zh-cn/rules/'))).toBe(true);
    await page.close();
  });

  it('lists services by their AWS names', async () => {
    const page = await search('/', 'encryption');
    const services = await page.locator('[data-search-filter="service"] option').allTextContents();
    expect(services).toContain('Elastic Load Balancing');
    expect(services).not.toContain('s3');
    await page.close();
  });
});

describe('search results', () => {
  it('shows ten results first and the rest on request, moving focus to the first new one', async () => {
    const page = await search('/', 'encryption');
    expect(await page.locator(results).count()).toBe(10);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^Showing 10 of \d+ results$/);
    await page.getByRole('button', { name: 'Show more results' }).click();
    await page.locator(results).nth(10).waitFor();
    const eleventh = await page.locator(`${results} a`).nth(10).getAttribute('href');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(eleventh);
    await page.close();
  });

  it('starts excerpts with the page text, not its id, pillar or type', async () => {
    const page = await search('/', 'encryption at rest');
    const first = page.locator(results).filter({ has: page.locator('a[href="/guides/encrypt-data-at-rest/"]') });
    expect(await first.locator('p').textContent()).toMatch(/^Encrypt data at rest/);
    const excerpts = await page.locator(`${results} p`).allTextContents();
    expect(excerpts.filter((text) => /^(SEC|REL|PERF|COST|OPS|SUS|EVT)-\d{2}|(Guide|Rule|Playbook)\. /.test(text))).toEqual([]);
    await page.close();
  });

  it('starts a rule’s excerpt with its title, and still finds the rule by its id', async () => {
    const page = await search('/', 'encryption', { kind: 'Rule' });
    const excerpts = await page.locator(`${results} p`).allTextContents();
    expect(excerpts.length).toBeGreaterThan(0);
    expect(excerpts.filter((text) => text.startsWith('AWS-'))).toEqual([]);
    await page.close();
    const byId = await search('/', 'AWS-S3-PUBLIC-ACL');
    expect(await hrefs(byId)).toContain('/rules/AWS-S3-PUBLIC-ACL/');
    await byId.close();
  });

  it('highlights 大促 as one word and never the 促 of 仓促', async () => {
    const page = await search('/zh-cn/', '大促');
    expect(await hrefs(page)).toContain('/zh-cn/guides/flash-sale-playbook/');
    const marked = await marks(page);
    expect(marked.length).toBeGreaterThan(0);
    expect(new Set(marked)).toEqual(new Set(['大促']));
    expect(await page.locator(results).allTextContents()).not.toContainEqual(expect.stringContaining('仓促'));
    await page.close();
  });

  it.each([
    ['加密', '/zh-cn/guides/encrypt-data-at-rest/'],
    ['安全组', '/zh-cn/guides/restrict-network-ingress/'],
    ['日志保留', '/zh-cn/guides/log-retention/'],
    ['迁移割接', '/zh-cn/guides/migration-cutover-playbook/'],
  ])('still finds the guide for “%s” in the dialog', async (query, href) => {
    const page = await search('/zh-cn/', query);
    expect(await hrefs(page)).toContain(href);
    await page.close();
  });

  it.each(['qwertyuiop', 'asdfghjkl', 'asdfgh', 'qwxz', 'zzzz', 'xyzzy', 'zxcvbnm', '火星披萨', '量子纠缠'])('answers the nonsense query “%s” with an empty state', async (query) => {
    const path = /[a-z]/.test(query) ? '/' : '/zh-cn/';
    const page = await search(path, query);
    expect(await page.locator(results).count()).toBe(0);
    expect(await page.locator('[data-search-status]').textContent()).toMatch(/^(No results for “.+”|没有找到与“.+”相关的结果)$/);
    expect(await page.locator('[data-search-empty]').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: /Show more|显示更多/ }).isVisible()).toBe(false);
    await page.close();
  });
});

describe('search accessibility', () => {
  it.each([
    ['/', 'encryption', 'light'],
    ['/', 'encryption', 'dark'],
    ['/zh-cn/', '大促', 'light'],
    ['/zh-cn/', '大促', 'dark'],
    ['/', 'qwertyuiop', 'dark'],
  ] as const)('has no WCAG 2.2 AA violations with results for %s “%s” in the %s scheme', async (path, query, scheme) => {
    const page = await search(path, query);
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
