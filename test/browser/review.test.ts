/** The main job end to end: upload a sample, read the report, open a guide, download SARIF, share, delete. */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
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
});
