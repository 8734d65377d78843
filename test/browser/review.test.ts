/** The main job end to end: upload a sample, read the report, open a guide, download SARIF, share, delete. */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../../checks/index.ts';
import { ruleFolders } from '../../scripts/generate-registries.ts';
import { listedFindingsLimit } from '../../worker/pages/finding-cards.ts';
import { axeViolations, baseURL, openPage, useBrowser } from './browser';

const browser = useBrowser();

/** Uploads the web-stack example through the page and waits for its report. */
async function uploadExample(page: Page, label = 'Web stack (YAML)', submit = 'Check my architecture'): Promise<string> {
  await page.getByRole('button', { name: label }).click();
  await expect.poll(() => page.locator('[data-file-list] li').count()).toBe(1);
  await page.getByRole('button', { name: submit }).click();
  await page.waitForURL(/\/reviews\/[A-Za-z0-9_-]{22}$/);
  return page.url();
}

async function createdReport(language: 'en' | 'zh-cn'): Promise<{ url: string; id: string; deleteToken: string }> {
  const form = new FormData();
  form.append('files', new File([await readFile('site/public/examples/web-stack.yaml')], 'web-stack.yaml'));
  form.append('language', language);
  return (await (await fetch(`${baseURL}/api/reviews`, { method: 'POST', body: form })).json()) as { url: string; id: string; deleteToken: string };
}

describe('upload and report', () => {
  it('uploads an example, shows its findings, opens a guide, downloads SARIF and is shareable', async () => {
    const { page, errors } = await openPage(browser(), '/review/');
    expect(await axeViolations(page)).toEqual([]);
    const reportUrl = await uploadExample(page);

    // Findings with the offending source line marked, scores, the site's header, and no CSP errors.
    expect(await page.locator('h1').textContent()).toBe('Architecture review');
    const ssh = page.locator('.finding', { hasText: 'AWS-EC2-SG-OPEN-ADMIN-PORTS' });
    expect(await ssh.locator('mark').first().textContent()).toBe('0.0.0.0/0');
    expect(await page.locator('svg[role="img"]').getAttribute('aria-label')).toMatch(/Overall \d+/);
    expect(await page.locator('.site-header').getByRole('link', { name: 'Guides' }).count()).toBe(1);
    expect(await page.locator('.site-header').getByRole('link', { name: '简体中文' }).getAttribute('href')).toBe(new URL(reportUrl).pathname.replace('/reviews/', '/zh-cn/reviews/'));
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);

    // SARIF download.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'SARIF' }).click()]);
    const sarif = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBeGreaterThan(5);

    // The guide for a finding opens.
    await ssh.getByRole('link', { name: 'Read the guide' }).click();
    await page.waitForURL('**/guides/restrict-network-ingress/');
    expect(await page.locator('h1').textContent()).toMatch(/admin and database ports/i);

    // Shared by URL: a fresh browser context (no local storage) opens the same report, without the token notice.
    const stranger = await browser().newContext();
    const shared = await stranger.newPage();
    await shared.goto(reportUrl);
    expect(await shared.locator('.finding').count()).toBeGreaterThan(5);
    expect(await shared.locator('[data-token-notice]').isHidden()).toBe(true);
    await stranger.close();
    await page.close();
  });

  it('searches from the report’s header', async () => {
    const { url } = await createdReport('en');
    const { page, errors } = await openPage(browser(), url);
    await page.locator('.site-header').getByRole('button', { name: 'Search' }).click();
    await page.getByRole('searchbox').fill('encryption');
    await page.locator('[data-search-results] li a').first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('counts the findings the filters leave, and offers a way back when none are left', async () => {
    const { url } = await createdReport('en');
    const { page } = await openPage(browser(), url);
    const heading = page.locator('#findings-heading');
    const total = Number(/^(\d+) findings$/.exec((await heading.textContent())!)?.[1]);
    expect(total).toBeGreaterThan(5);

    await page.getByRole('combobox', { name: 'Show' }).selectOption('security');
    const shown = Number(new RegExp(`^(\\d+) of ${total} findings$`).exec((await heading.textContent())!)?.[1]);
    expect(shown).toBeGreaterThan(0);
    expect(shown).toBeLessThan(total);
    expect(await page.locator('.finding[data-pillar="cost"]:visible').count()).toBe(0);
    const visibleCount = await page.locator('.finding:visible').evaluateAll((cards) => cards.reduce((sum, card) => sum + Number((card as HTMLElement).dataset['count']), 0));
    expect(visibleCount).toBe(shown);

    // Sustainability has no low finding in this example: nothing matches.
    await page.getByRole('combobox', { name: 'Show' }).selectOption('sustainability');
    await page.getByRole('combobox', { name: 'All severities' }).selectOption('critical');
    expect(await heading.textContent()).toBe(`0 of ${total} findings`);
    expect(await page.getByText('No findings match these filters.').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Show all findings' }).click();
    expect(await heading.textContent()).toBe(`${total} findings`);
    expect(await page.getByText('No findings match these filters.').isVisible()).toBe(false);
    expect(await page.locator('.finding:visible').count()).toBe(await page.locator('.finding').count());
    await page.close();
  });

  it('shows the report in Chinese at /zh-cn/reviews/', async () => {
    const created = await createdReport('zh-cn');
    expect(created.url).toMatch(/^\/zh-cn\/reviews\//);
    const { page } = await openPage(browser(), created.url);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('架构评审报告');
    expect(await page.locator('.site-header').getByRole('link', { name: '最佳实践' }).count()).toBe(1);
    await page.getByRole('combobox', { name: '筛选' }).selectOption('security');
    expect(await page.locator('#findings-heading').textContent()).toMatch(/^共 \d+ 个问题，显示 \d+ 个$/);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it("shows every rule's findings in Chinese after an upload on the Chinese page: no finding title or message in English", async () => {
    // One failing fixture per rule, in uploads of at most 40 files (the API takes 50).
    const fixtures = ruleFolders().map((folder) => {
      const name = readdirSync(join('checks/rules', folder)).find((file) => /^fail[\w-]*\.(ya?ml|json)$/.test(file))!;
      return { path: join('checks/rules', folder, name), name: `${folder.replaceAll('/', '-')}-${name}` };
    });
    // Packed so each report lists every finding in full: past the page's limit, findings are only counted by rule.
    const batches: (typeof fixtures)[] = [[]];
    let budget = 0;
    for (const fixture of fixtures) {
      const count = checkSources([{ path: fixture.name, content: await readFile(fixture.path, 'utf8') }]).findings.length;
      if (batches.at(-1)!.length === 40 || budget + count > listedFindingsLimit - 100) {
        batches.push([]);
        budget = 0;
      }
      batches.at(-1)!.push(fixture);
      budget += count;
    }
    const seenRules = new Set<string>();
    for (const batch of batches) {
      const { page, errors } = await openPage(browser(), '/zh-cn/review/');
      await page.locator('[data-file-input]').setInputFiles(await Promise.all(batch.map(async ({ path, name }) => ({ name, mimeType: 'text/yaml', buffer: await readFile(path) }))));
      await expect.poll(() => page.locator('[data-file-list] li').count()).toBe(batch.length);
      await page.getByRole('button', { name: '检查我的架构' }).click();
      await page.waitForURL(/\/zh-cn\/reviews\/[A-Za-z0-9_-]{22}$/);

      // Text a reader sees as prose: everything but the names and values set in code.
      const prose = await page.locator('.finding-title, .finding-message').evaluateAll((elements) =>
        elements.map((element) => {
          const copy = element.cloneNode(true) as HTMLElement;
          for (const code of copy.querySelectorAll('code')) code.remove();
          return { rule: element.closest('.finding')?.querySelector('a[href*="/rules/"]')?.textContent ?? '', text: (copy.textContent ?? '').trim() };
        }),
      );
      expect(prose.length).toBeGreaterThan(batch.length);
      const latinOnly = prose.filter(({ text }) => !/[\u4e00-\u9fff]/.test(text));
      expect(latinOnly, 'finding titles or messages without a Chinese word').toEqual([]);
      for (const { rule } of prose) seenRules.add(rule);
      expect(await page.locator('.finding details:not(.occurrences) p').first().textContent()).toMatch(/[\u4e00-\u9fff]/);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(seenRules.size).toBeGreaterThanOrEqual(fixtures.length);
  }, 180_000);
});

describe('deleting a report', () => {
  it('shows the delete token once after upload, remembers it, and deletes after a confirmation', async () => {
    const context = await browser().newContext({ baseURL });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
    const page = await context.newPage();
    await page.goto('/review/');
    const reportUrl = await uploadExample(page);
    const id = reportUrl.split('/').pop()!;

    const notice = page.getByRole('region', { name: 'Keep this delete token' });
    expect(await notice.isVisible()).toBe(true);
    const token = await notice.getByRole('textbox', { name: 'Delete token' }).inputValue();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await notice.textContent()).toContain('This browser keeps it');
    expect(await notice.textContent()).toMatch(/nobody can delete the report: it stays at its link\. The uploaded files are deleted on \d{4}-\d\d-\d\d in any case, 30 days after upload/);
    await notice.getByRole('button', { name: 'Copy' }).click();
    await expect.poll(() => notice.getByRole('status').textContent()).toBe('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(token);
    expect(await axeViolations(page)).toEqual([]);

    // Shown once: a reload keeps the token but not the notice.
    await page.reload();
    expect(await page.locator('[data-token-notice]').isHidden()).toBe(true);
    expect(await page.getByText('This browser kept the delete token for this report.').isVisible()).toBe(true);

    await page.getByRole('link', { name: 'Delete this report' }).click();
    await page.waitForURL(`**/reviews/${id}/delete`);
    expect(await page.getByRole('textbox', { name: 'Delete token' }).inputValue()).toBe(token);
    expect(await page.getByText('This browser kept the token for this report and has filled it in.').isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Delete the report for good' }).click();
    await page.waitForURL(`**/reviews/${id}`);
    expect(await page.locator('h1').textContent()).toBe('This report was deleted');
    expect(await page.evaluate((key) => localStorage.getItem(key), `plumbline:review:${id}`)).toBeNull();
    expect(await axeViolations(page)).toEqual([]);
    expect((await fetch(`${baseURL}/reviews/${id}`)).status).toBe(410);
    expect((await fetch(`${baseURL}/api/reviews/${id}`)).status).toBe(404);
    await context.close();
  });

  it('deletes from a fresh browser with the token pasted, without JavaScript, in Chinese', async () => {
    const { id, deleteToken } = await createdReport('zh-cn');
    const context = await browser().newContext({ baseURL, javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`/zh-cn/reviews/${id}`);
    expect(await page.getByText('本浏览器已保存这份报告的删除令牌。').isVisible()).toBe(false);
    await page.getByRole('link', { name: '删除此报告' }).click();
    await page.waitForURL(`**/zh-cn/reviews/${id}/delete`);
    expect(await page.locator('h1').textContent()).toBe('确定删除这份报告？');

    await page.getByRole('textbox', { name: '删除令牌' }).fill('not-the-token');
    await page.getByRole('button', { name: '永久删除报告' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('这不是这份报告的删除令牌');

    await page.getByRole('textbox', { name: '删除令牌' }).fill(deleteToken);
    await page.getByRole('button', { name: '永久删除报告' }).click();
    await page.waitForURL(`**/zh-cn/reviews/${id}`);
    expect(await page.locator('h1').textContent()).toBe('这份报告已被删除');
    expect(await page.locator('main').textContent()).not.toMatch(/[A-Za-z]{4,}/);
    await context.close();
  });

  it('shows the token on the report even when this browser keeps nothing', async () => {
    const context = await browser().newContext({ baseURL });
    // Site storage switched off: every write to localStorage throws, as in a locked-down browser.
    await context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('storage is off', 'SecurityError');
      };
    });
    const page = await context.newPage();
    await page.goto('/review/');
    await uploadExample(page);
    const notice = page.getByRole('region', { name: 'Keep this delete token' });
    expect(await notice.getByRole('textbox', { name: 'Delete token' }).inputValue()).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await notice.textContent()).toContain('This browser could not keep it');
    // The token left the address at once.
    expect(page.url()).not.toContain('delete-token');
    await context.close();
  });
});
