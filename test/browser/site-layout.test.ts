/**
 * The site on a phone and on a desktop: the compact header and its menu, no desktop-only hints on touch screens,
 * the guides' table of contents, the small print of both languages, and axe in the
 * dark colour scheme as well as the light one.
 */
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseURL, openPage, useBrowser } from './browser';

const browser = useBrowser();
const phone: BrowserContextOptions = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

async function openOn(options: BrowserContextOptions, path: string): Promise<{ page: Page; close(): Promise<void> }> {
  const context = await (browser() as Browser).newContext({ baseURL, ...options });
  const page = await context.newPage();
  await page.goto(path);
  return { page, close: () => context.close() };
}

describe('on a phone (390 px, touch)', () => {
  it.each(['/', '/zh-cn/'])('keeps the header of %s to one compact row', async (path) => {
    const { page, close } = await openOn(phone, path);
    const header = await page.locator('.site-header').boundingBox();
    expect(header!.height).toBeLessThanOrEqual(64);
    expect(await page.getByRole('link', { name: /Guides|最佳实践/ }).isVisible()).toBe(false);
    await close();
  });

  it('opens the navigation from a Menu button, each Chinese item on one line', async () => {
    const { page, close } = await openOn(phone, '/zh-cn/');
    const menu = page.getByRole('button', { name: '菜单' });
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    await menu.click();
    expect(await menu.getAttribute('aria-expanded')).toBe('true');
    const links = page.locator('.site-nav a');
    for (const link of await links.all()) {
      expect(await link.isVisible()).toBe(true);
      // One line box per item: 最佳实践 never breaks into 最佳实/践.
      expect(await link.evaluate((element) => element.getClientRects().length)).toBe(1);
      const box = await link.boundingBox();
      const lineHeight = await link.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
      expect(box!.height).toBeLessThan(lineHeight * 1.5 + 16);
    }
    await page.keyboard.press('Escape');
    expect(await links.first().isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.evaluate((element) => element === document.activeElement)).toBe(true);
    await close();
  });

  it('opens the menu without JavaScript too', async () => {
    const { page, close } = await openOn({ ...phone, javaScriptEnabled: false }, '/');
    expect(await page.locator('.site-nav a').first().isVisible()).toBe(false);
    await page.locator('summary', { hasText: 'Menu' }).click();
    expect(await page.locator('.site-nav a').first().isVisible()).toBe(true);
    await close();
  });

  it('shows no keyboard shortcut, drop zone or folder picker on a touch screen', async () => {
    const { page, close } = await openOn(phone, '/review/');
    expect(await page.locator('.search-open kbd').isVisible()).toBe(false);
    expect(await page.getByText('Drop files').isVisible()).toBe(false);
    expect(await page.getByText('Choose a folder').isVisible()).toBe(false);
    expect(await page.getByText('Choose template files or a .zip of them').isVisible()).toBe(true);
    expect(await page.getByText('Choose files').isVisible()).toBe(true);
    await close();
  });

  it.each(['/', '/zh-cn/', '/guides/encrypt-data-at-rest/', '/zh-cn/guides/encrypt-data-at-rest/', '/review/', '/zh-cn/pricing/', '/rules/AWS-S3-PUBLIC-ACL/'])(
    'never scrolls sideways on %s',
    async (path) => {
      const { page, close } = await openOn(phone, path);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await close();
    },
  );

  it('folds a long guide’s table of contents under the title', async () => {
    const { page, close } = await openOn(phone, '/guides/encrypt-data-at-rest/');
    const contents = page.locator('details.toc-inline');
    expect(await contents.isVisible()).toBe(true);
    expect(await page.locator('.toc-rail').isVisible()).toBe(false);
    await contents.locator('summary').click();
    await contents.getByRole('link', { name: 'Verify' }).click();
    await page.waitForURL('**#verify');
    await close();
  });
});

describe('on a desktop (1280 px)', () => {
  it('keeps a long guide’s table of contents in a rail beside the text', async () => {
    const { page, close } = await openOn({ viewport: { width: 1280, height: 900 } }, '/guides/encrypt-data-at-rest/');
    const rail = page.getByRole('navigation', { name: 'On this page' });
    expect(await rail.isVisible()).toBe(true);
    expect(await page.locator('details.toc-inline').isVisible()).toBe(false);
    const railBox = await rail.boundingBox();
    const textBox = await page.locator('article.guide').boundingBox();
    expect(railBox!.x).toBeGreaterThan(textBox!.x + textBox!.width);
    expect(await rail.getByRole('link').allTextContents()).toEqual(expect.arrayContaining(['Desired outcome', 'Verify', 'Automated checks']));
    await close();
  });

  it('shows the navigation and the shortcut without a Menu button', async () => {
    const { page, close } = await openOn({ viewport: { width: 1280, height: 900 } }, '/');
    expect(await page.getByRole('button', { name: 'Menu' }).isVisible()).toBe(false);
    expect(await page.getByRole('link', { name: 'Guides', exact: true }).first().isVisible()).toBe(true);
    expect(await page.locator('.search-open kbd').isVisible()).toBe(true);
    await close();
  });
});

describe('the small print', () => {
  it('shows services by name and spaces the guide’s pillar and id', async () => {
    const { page } = await openPage(browser(), '/guides/encrypt-data-at-rest/');
    expect(await page.locator('.eyebrow').innerText()).toMatch(/^Security · SEC-\d{2}$/);
    expect(await page.locator('header .meta').getByRole('link', { name: 'Amazon EBS' }).count()).toBe(1);
    await page.close();
  });

  it('uses full-width colons and Chinese words on Chinese pages', async () => {
    const { page } = await openPage(browser(), '/zh-cn/pricing/');
    const text = await page.locator('body').innerText();
    expect(text).toContain('首次响应：');
    expect(text).not.toMatch(/[\u4e00-\u9fff]: /);
    expect(await page.locator('footer').innerText()).toContain('网站地图');
    expect(text).not.toContain('Sitemap');
    await page.close();
  });

  it('states each tier’s first response once', async () => {
    const { page } = await openPage(browser(), '/pricing/');
    for (const tier of await page.locator('.tier').all()) {
      expect((await tier.innerText()).match(/first response/gi) ?? []).toHaveLength(1);
    }
    await page.close();
  });
});

describe('dark colour scheme', () => {
  it.each([
    '/',
    '/zh-cn/',
    '/guides/encrypt-data-at-rest/',
    '/zh-cn/guides/flash-sale-playbook/',
    '/rules/AWS-S3-PUBLIC-ACL/',
    '/zh-cn/rules/AWS-S3-PUBLIC-ACL/',
    '/pricing/',
    '/zh-cn/review/',
    '/services/s3/',
    '/guides/',
  ])('has no WCAG 2.2 AA violations on %s', async (path) => {
    const { page } = await openPage(browser(), path);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('has no violations with the phone menu open, in either scheme', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const { page, close } = await openOn({ ...phone, colorScheme }, '/zh-cn/');
      await page.getByRole('button', { name: '菜单' }).click();
      expect(await axeViolations(page)).toEqual([]);
      await close();
    }
  });
});
