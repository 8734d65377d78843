import { describe, expect, it } from 'vitest';
import { axeViolations, baseURL, openPage, useBrowser } from './browser';

const browser = useBrowser();

describe('the guide site', () => {
  it('serves the English home page with lang="en" and no console or CSP errors', async () => {
    const { page, errors } = await openPage(browser(), '/');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('h1').textContent()).toContain('line by line');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('switches to Simplified Chinese and keeps the reader on the same page', async () => {
    const { page } = await openPage(browser(), '/guides/s3-block-public-access/');
    await page.getByRole('link', { name: '简体中文' }).click();
    await page.waitForURL('**/zh-cn/guides/s3-block-public-access/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('默认阻止 S3 存储桶的公开访问');
    await page.close();
  });

  it('finds a Chinese guide from the Chinese search, using only the keyboard', async () => {
    const { page, errors } = await openPage(browser(), '/zh-cn/');
    await page.keyboard.press('Control+k');
    const input = page.getByRole('searchbox');
    await expect.poll(() => input.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('阻止公开访问');
    const links = page.locator('[data-search-results] li a');
    await links.first().waitFor();
    expect(await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')))).toContain('/zh-cn/guides/s3-block-public-access/');
    expect(await page.getByRole('status').textContent()).toMatch(/条结果/);
    const firstHref = await links.first().getAttribute('href');
    // From the search box: the close button, four filter menus, then the first result.
    for (let step = 0; step < 6; step++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(firstHref);
    await page.keyboard.press('Enter');
    await page.waitForURL(`**${firstHref}`);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('finds an English guide from the English search', async () => {
    const { page } = await openPage(browser(), '/');
    await page.getByRole('button', { name: /Search/ }).click();
    await page.getByRole('searchbox').fill('block public access');
    const links = page.locator('[data-search-results] li a');
    await links.first().waitFor();
    expect(await links.evaluateAll((all) => all.map((link) => link.getAttribute('href')))).toContain('/guides/s3-block-public-access/');
    await page.close();
  });

  it.each(['/', '/zh-cn/', '/guides/s3-block-public-access/', '/zh-cn/guides/s3-block-public-access/'])('has no WCAG 2.2 AA violations on %s', async (path) => {
    const { page } = await openPage(browser(), path);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('answers a missing Chinese page with the Chinese 404 page', async () => {
    const { page } = await openPage(browser(), '/zh-cn/no-such-page/');
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('页面不存在');
    await page.close();
  });

  it('serves static files with the same security headers as the Worker', async () => {
    for (const path of ['/', '/zh-cn/pricing/', '/styles/site.css']) {
      const headers = (await fetch(`${baseURL}${path}`)).headers;
      expect(headers.get('strict-transport-security'), path).toBe('max-age=31536000; includeSubDomains');
      expect(headers.get('x-frame-options'), path).toBe('DENY');
      expect(headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(headers.get('content-security-policy'), path).toContain("frame-ancestors 'none'");
    }
  });
});
