/**
 * The Kubernetes example on the Chinese upload page, through to its report: the file is labelled Kubernetes, the
 * report lists it checked with its resources' addresses, axe finds nothing, and screenshots at a desktop and a
 * phone width are kept in test-results/kubernetes-upload/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ui } from '../../site/i18n/ui';
import { axeViolations, openPage, useBrowser } from './browser';

const browser = useBrowser();
const shots = 'test-results/kubernetes-upload';
mkdirSync(shots, { recursive: true });
const t = ui['zh-cn'];

describe('the Kubernetes example on the Chinese upload page', () => {
  it('is labelled Kubernetes, checks into a report with Kubernetes addresses, and passes axe', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(browser(), '/zh-cn/review/');
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: t.exampleLabels['kubernetes-web.yaml'] }).click();
    const file = page.locator('[data-file-list] li');
    await expect.poll(() => file.count()).toBe(1);
    expect(await file.locator('.pill').textContent()).toBe(t.formats.kubernetes);
    await page.screenshot({ path: `${shots}/upload-1280.png`, fullPage: true });

    await page.getByRole('button', { name: t.uploadSubmit }).click();
    await page.waitForURL(/\/zh-cn\/reviews\/[A-Za-z0-9_-]{22}$/);
    // The resource list under the diagram is folded; its text is there all the same.
    const text = (await page.locator('main').textContent()) ?? '';
    expect(text).toContain('kubernetes-web.yaml');
    for (const address of ['Deployment.default.web', 'Service.default.web']) expect(text).toContain(address);
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/report-1280.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: `${shots}/report-390.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('labels the Compose example Docker Compose on the Chinese page', async () => {
    const { page } = await openPage(browser(), '/zh-cn/review/');
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('button', { name: t.exampleLabels['compose.yaml'] }).click();
    await expect.poll(() => page.locator('[data-file-list] li .pill').textContent()).toBe(t.formats.compose);
    expect(await axeViolations(page)).toEqual([]);
    // WCAG 1.4.10: at a phone's width nothing scrolls sideways, the list of file endings included.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${shots}/upload-390.png`, fullPage: true });
    await page.close();
  });
});
