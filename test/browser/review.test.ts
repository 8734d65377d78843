/** The main job end to end: upload a sample, read the report, open a guide, download SARIF, share, delete. */
import { readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ruleFolders } from '../../scripts/generate-registries.ts';
import { axeViolations, baseURL, openPage, useBrowser } from './browser';

const browser = useBrowser();

describe('upload and report', () => {
  it('uploads an example, shows its findings, opens a guide, downloads SARIF, is shareable and can be deleted', async () => {
    const { page, errors } = await openPage(browser(), '/review/');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Web stack (YAML)' }).click();
    await expect.poll(() => page.locator('[data-file-list] li').count()).toBe(1);
    expect(await page.locator('[data-file-list] li').textContent()).toContain('CloudFormation');
    await page.getByRole('button', { name: 'Check my architecture' }).click();
    await page.waitForURL(/\/reviews\/[A-Za-z0-9_-]{22}$/);
    const reportUrl = page.url();

    // Findings with the offending source line marked, scores, and no CSP errors.
    expect(await page.locator('h1').textContent()).toBe('Architecture review');
    const ssh = page.locator('.finding', { hasText: 'AWS-EC2-SG-OPEN-ADMIN-PORTS' });
    expect(await ssh.locator('mark').first().textContent()).toBe('0.0.0.0/0');
    expect(await page.locator('svg[role="img"]').getAttribute('aria-label')).toMatch(/Overall \d+/);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);

    // Filters narrow the list.
    await page.getByRole('combobox', { name: 'Show' }).selectOption('security');
    expect(await page.locator('.finding[data-pillar="cost"]:visible').count()).toBe(0);
    expect(await page.locator('.finding[data-pillar="security"]:visible').count()).toBeGreaterThan(0);

    // SARIF download.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'SARIF' }).click()]);
    const sarif = JSON.parse(await readFile((await download.path())!, 'utf8'));
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs[0].results.length).toBeGreaterThan(5);

    // The guide for a finding opens.
    await ssh.getByRole('link', { name: 'Read the guide' }).click();
    await page.waitForURL('**/guides/restrict-network-ingress/');
    expect(await page.locator('h1').textContent()).toMatch(/admin and database ports/i);

    // Shared by URL: a fresh browser context (no local storage) opens the same report.
    const stranger = await browser().newContext();
    const shared = await stranger.newPage();
    await shared.goto(reportUrl);
    expect(await shared.locator('.finding').count()).toBeGreaterThan(5);
    await stranger.close();

    // Delete: this browser remembers the token from the upload.
    await page.goto(reportUrl);
    await page.getByRole('button', { name: 'Delete this report' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'deleted' }).count()).toBe(1);
    const gone = await fetch(`${baseURL}/api/reviews/${reportUrl.split('/').pop()}`);
    expect(gone.status).toBe(404);
    await page.close();
  });

  it('explains an unparseable upload with the file and line', async () => {
    const { page } = await openPage(browser(), '/review/');
    await page.locator('summary', { hasText: 'Or paste a template' }).click();
    await page.getByRole('textbox', { name: 'Or paste a template' }).fill('Resources:\n  A: [\n');
    await page.getByRole('button', { name: 'Check my architecture' }).click();
    await expect.poll(() => page.locator('[data-upload-status]').textContent()).toMatch(/pasted\.yaml:\d+:\d+: invalid YAML/);
    await page.close();
  });

  it('shows the report in Chinese at /zh-cn/reviews/', async () => {
    const form = new FormData();
    form.append('files', new File([await readFile('site/public/examples/web-stack.yaml')], 'web-stack.yaml'));
    form.append('language', 'zh-cn');
    const created = (await (await fetch(`${baseURL}/api/reviews`, { method: 'POST', body: form })).json()) as { url: string };
    expect(created.url).toMatch(/^\/zh-cn\/reviews\//);
    const { page } = await openPage(browser(), created.url);
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page.locator('h1').textContent()).toBe('架构评审报告');
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows every rule\'s findings in Chinese after an upload on the Chinese page: no finding title or message in English', async () => {
    // One failing fixture per rule, in uploads of at most 50 files (the API's limit).
    const fixtures = ruleFolders().map((folder) => {
      const name = readdirSync(join('checks/rules', folder)).find((file) => /^fail[\w-]*\.(ya?ml|json)$/.test(file))!;
      return { path: join('checks/rules', folder, name), name: `${folder.replaceAll('/', '-')}-${name}` };
    });
    const batches = [fixtures.slice(0, 40), fixtures.slice(40)];
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
      expect(await page.locator('.finding details p').first().textContent()).toMatch(/[\u4e00-\u9fff]/);
      expect(await axeViolations(page)).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
    expect(seenRules.size).toBeGreaterThanOrEqual(fixtures.length);
  }, 180_000);
});
