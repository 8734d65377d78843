/** axe (WCAG 2.2 A and AA rules) on every URL in the sitemap and every page the Worker renders, both languages, light and dark. */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations, baseURL, colourRules, useBrowser } from './browser';

const browser = useBrowser();

async function sitemapPaths(): Promise<string[]> {
  const xml = await (await fetch(`${baseURL}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

/**
 * Violations of the page as it is: every rule in the light colour scheme, then the colour rules in the dark one
 * (no reload: the CSS switches). The scheme changes colours only, so the other rules would answer the same twice,
 * and a full second pass over 250 pages does not fit the time a two-core machine has.
 */
async function violationsInBothSchemes(page: Page, label: string): Promise<string[]> {
  const failures: string[] = [];
  await page.emulateMedia({ colorScheme: 'light' });
  for (const violation of await axeViolations(page)) failures.push(`${label} (light): ${violation}`);
  await page.emulateMedia({ colorScheme: 'dark' });
  for (const violation of await axeViolations(page, colourRules)) failures.push(`${label} (dark): ${violation}`);
  await page.emulateMedia({ colorScheme: 'light' });
  return failures;
}

/** A report with findings in several pillars, a rule found more than once, and a deleted one, in a language. */
async function workerPages(language: 'en' | 'zh-cn'): Promise<string[]> {
  const prefix = language === 'zh-cn' ? '/zh-cn' : '';
  const upload = async () => {
    const form = new FormData();
    for (const example of ['web-stack.yaml', 'serverless-api.yaml']) form.append('files', new File([await readFile(`site/public/examples/${example}`)], example));
    form.append('language', language);
    return (await (await fetch(`${baseURL}/api/reviews`, { method: 'POST', body: form })).json()) as { id: string; deleteToken: string };
  };
  const kept = await upload();
  const deleted = await upload();
  const gone = await fetch(`${baseURL}/api/reviews/${deleted.id}`, { method: 'DELETE', headers: { authorization: `Bearer ${deleted.deleteToken}` } });
  expect(gone.status).toBe(204);
  return [`${prefix}/reviews/${kept.id}`, `${prefix}/reviews/${kept.id}/delete`, `${prefix}/reviews/${deleted.id}`, `${prefix}/request/`, `${prefix}/on-demand/`, `${prefix}/console/sign-in`];
}

describe('accessibility', () => {
  it('finds no WCAG 2.2 AA violations on any sitemap URL, in either colour scheme', { timeout: 1_500_000 }, async () => {
    const paths = await sitemapPaths();
    expect(paths.length).toBeGreaterThan(250);
    const failures: string[] = [];
    const queue = [...paths];
    // Two tabs at once: the machine has two cores.
    await Promise.all(
      [0, 1].map(async () => {
        const page = await browser().newPage({ baseURL });
        for (let path = queue.shift(); path; path = queue.shift()) {
          const response = await page.goto(path);
          if (response?.status() !== 200) failures.push(`${path}: HTTP ${response?.status()}`);
          failures.push(...(await violationsInBothSchemes(page, path)));
        }
        await page.close();
      }),
    );
    if (failures.length > 0) console.log(failures.join('\n'));
    expect(failures).toEqual([]);
  });

  it.each(['en', 'zh-cn'] as const)('finds none on the report and the other pages the Worker renders (%s), in either colour scheme', { timeout: 120_000 }, async (language) => {
    const failures: string[] = [];
    const page = await browser().newPage({ baseURL });
    for (const path of await workerPages(language)) {
      await page.goto(path);
      // Everything a reader can open: the grouped findings' places, reasons and fixes, the delete token notice.
      await page.evaluate(() => {
        for (const details of document.querySelectorAll('main details')) (details as HTMLDetailsElement).open = true;
        const notice = document.querySelector<HTMLElement>('[data-token-notice]');
        if (notice) notice.hidden = false;
      });
      failures.push(...(await violationsInBothSchemes(page, path)));
    }
    await page.close();
    if (failures.length > 0) console.log(failures.join('\n'));
    expect(failures).toEqual([]);
  });
});
