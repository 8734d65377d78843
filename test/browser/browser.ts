/** One headless Chromium per test file, with helpers the tests share. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromiumArgs } from './chromium';

export const baseURL = inject('baseURL');

export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: chromiumArgs });
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not running');
    return browser;
  };
}

/** A fresh page that records console errors and CSP violations, so a test can assert there were none. */
export async function openPage(browser: Browser, path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ baseURL });
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(path);
  return { page, errors };
}

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The WCAG rules that depend on colour alone: all that can change between the light and the dark scheme. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

/**
 * Runs axe with the WCAG 2.x A and AA rules (2.2 included), or only the rules named, and returns the violations,
 * summarised.
 */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Injected once per document: the dark-scheme pass runs on the same page.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] };
  const violations = await page.evaluate(async (only) => {
    const axe = (window as unknown as { axe: { run(options: object): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Only violations are read; axe then skips collecting every passing node, most of its time on long pages.
    const result = await axe.run({ runOnly: only, resultTypes: ['violations'] });
    return result.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
  }, runOnly);
  return violations;
}
