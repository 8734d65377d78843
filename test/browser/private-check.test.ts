/** The private check: the engine runs in the page, nothing carrying the files leaves it until "Share this report". */
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { strToU8, zipSync } from 'fflate';
import type { Browser, Page, Request, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseURL, useBrowser } from './browser';

const browser = useBrowser();

/** A page that records every request from its first load, and console errors (CSP violations among them). */
async function recordedPage(launched: Browser, path: string): Promise<{ page: Page; requests: Request[]; errors: string[]; firstLoad: { gzipBytes: number; scriptGzipBytes: number } }> {
  const page = await launched.newPage({ baseURL });
  const requests: Request[] = [];
  const errors: string[] = [];
  const firstLoad = { gzipBytes: 0, scriptGzipBytes: 0 };
  const measure = async (response: Response) => {
    const bytes = gzipSync(await response.body().catch(() => Buffer.alloc(0)), { level: 9 }).length;
    firstLoad.gzipBytes += bytes;
    if (response.request().resourceType() === 'script') firstLoad.scriptGzipBytes += bytes;
  };
  page.on('response', measure);
  page.on('request', (request) => requests.push(request));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(path, { waitUntil: 'networkidle' });
  page.off('response', measure);
  return { page, requests, errors, firstLoad };
}

const carries = (request: Request, text: string) => (request.postDataBuffer()?.toString('utf8') ?? '').includes(text) || request.url().includes(encodeURIComponent(text));
const isUpload = (request: Request) => request.method() === 'POST' && new URL(request.url()).pathname === '/api/reviews';

describe('private check in the browser', () => {
  it('checks an example without sending it anywhere, then shares it on request', async () => {
    const template = await readFile('site/public/examples/web-stack.yaml', 'utf8');
    const marker = 'A small web stack (bucket, security group, database, function)';
    expect(template).toContain(marker);
    const { page, requests, errors, firstLoad } = await recordedPage(browser(), '/review/');
    // The engine is not part of the page's first load, which stays within the guide pages' budget.
    expect(requests.some((request) => request.url().endsWith('/js/engine.js'))).toBe(false);
    console.log(`upload page: ${(firstLoad.gzipBytes / 1024).toFixed(1)} KB total, ${(firstLoad.scriptGzipBytes / 1024).toFixed(1)} KB JavaScript (gzip)`);
    expect(firstLoad.gzipBytes).toBeLessThan(50 * 1024);
    expect(firstLoad.scriptGzipBytes).toBeLessThanOrEqual(27 * 1024);

    await page.getByRole('button', { name: 'Web stack (YAML)' }).click();
    await expect.poll(() => page.locator('[data-file-list] li').count()).toBe(1);
    await page.getByRole('button', { name: 'Check privately in this browser' }).click();
    const result = page.locator('[data-private-result]');
    await result.waitFor({ state: 'visible' });

    expect(await result.locator('[data-private-stayed]').textContent()).toMatch(/stayed on this device/);
    const ssh = result.locator('.finding', { hasText: 'AWS-EC2-SG-OPEN-ADMIN-PORTS' });
    expect(await ssh.locator('mark').first().textContent()).toBe('0.0.0.0/0');
    expect(await result.locator('.finding').count()).toBeGreaterThan(5);
    expect(await result.locator('svg[role="img"]').getAttribute('aria-label')).toMatch(/Overall \d+/);
    expect(await result.locator('[data-private-files] li').textContent()).toContain('web-stack.yaml');

    expect(requests.some((request) => request.url().endsWith('/js/engine.js'))).toBe(true);
    // Nothing left with a body (Chromium does not show a File's bytes to the recorder, so no body at all is the proof).
    expect(requests.filter((request) => request.method() !== 'GET' || request.postDataBuffer() !== null).map((request) => `${request.method()} ${request.url()}`)).toEqual([]);
    expect(requests.filter((request) => carries(request, marker))).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    expect(errors).toEqual([]);

    await page.getByRole('button', { name: 'Share this report' }).click();
    await page.waitForURL(/\/reviews\/[A-Za-z0-9_-]{22}$/);
    expect(requests.filter(isUpload)).toHaveLength(1);
    const shared = (await (await fetch(`${baseURL}/api/reviews/${page.url().split('/').pop()}`)).json()) as { files: { path: string }[] };
    expect(shared.files.map((file) => file.path)).toEqual(['web-stack.yaml']);
    expect(await page.locator('h1').textContent()).toBe('Architecture review');
    expect(await page.locator('.finding', { hasText: 'AWS-EC2-SG-OPEN-ADMIN-PORTS' }).count()).toBeGreaterThan(0);
    await page.close();
  });

  it('unpacks a zip in the browser and keeps its paths', async () => {
    const template = await readFile('site/public/examples/web-stack.yaml');
    const zip = zipSync({ infra: { web: { 'stack.yaml': new Uint8Array(template) } }, 'README.md': strToU8('# notes') });
    const { page, requests, errors } = await recordedPage(browser(), '/review/');
    await page.locator('[data-file-input]').setInputFiles({ name: 'project.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await expect.poll(() => page.locator('[data-file-list] li').textContent()).toContain('Zip archive');
    await page.getByRole('button', { name: 'Check privately in this browser' }).click();
    const result = page.locator('[data-private-result]');
    await result.waitFor({ state: 'visible' });
    expect(await result.locator('.finding code', { hasText: 'infra/web/stack.yaml:' }).count()).toBeGreaterThan(0);
    expect(await result.locator('#skipped-heading ~ ul').textContent()).toContain('README.md');
    expect(requests.filter(isUpload)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('refuses a zip bomb in the browser as the server does', async () => {
    const zip = zipSync({ 'bomb.yaml': new Uint8Array(50 * 1024 * 1024) }, { level: 9 });
    const { page, requests } = await recordedPage(browser(), '/review/');
    await page.locator('[data-file-input]').setInputFiles({ name: 'bomb.zip', mimeType: 'application/zip', buffer: Buffer.from(zip) });
    await expect.poll(() => page.locator('[data-file-list] li').count()).toBe(1);
    await page.getByRole('button', { name: 'Check privately in this browser' }).click();
    await expect.poll(() => page.locator('[data-upload-errors]').textContent(), { timeout: 30_000 }).toMatch(/Too large for one review.*bomb\.zip unpacks to more than 50\.0 MB/);
    expect(await page.locator('[data-private-result]').isHidden()).toBe(true);
    expect(requests.filter(isUpload)).toEqual([]);
    await page.close();
  });
});
