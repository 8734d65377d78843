/**
 * The architecture diagram on real report pages: 5 and 150 resources, both languages, both colour schemes,
 * axe, keyboard, and screenshots kept in test-results/architecture/ for a person to look at.
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fiveResourceTemplate, serviceStackTemplate } from '../fixtures/service-stack';
import { axeViolations, baseURL, openPage, useBrowser } from './browser';

const browser = useBrowser();
const shots = 'test-results/architecture';
mkdirSync(shots, { recursive: true });

async function upload(template: string, language: 'en' | 'zh-cn'): Promise<string> {
  const form = new FormData();
  form.append('files', new File([template], 'stack.yaml'));
  form.append('language', language);
  const response = await fetch(`${baseURL}/api/reviews`, { method: 'POST', body: form });
  expect(response.status).toBe(201);
  return ((await response.json()) as { url: string }).url;
}

/** Boxes that overlap, and box texts that run past their box, as the browser lays them out with real fonts. */
async function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const boxes = [...document.querySelectorAll<SVGRectElement>('.diagram .dg-box')].map((box) => box.getBoundingClientRect());
    boxes.forEach((a, index) => {
      for (const b of boxes.slice(index + 1)) if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) faults.push(`boxes overlap at ${a.left},${a.top}`);
    });
    for (const node of document.querySelectorAll('.diagram .dg-node')) {
      const box = node.querySelector('.dg-box')!.getBoundingClientRect();
      const icon = node.querySelector('.dg-icon, .dg-icon-none')!.getBoundingClientRect();
      for (const text of node.querySelectorAll('text')) {
        const bounds = text.getBoundingClientRect();
        if (bounds.right > box.right - 2) faults.push(`"${text.textContent}" runs out of its box`);
        if (text.classList.contains('dg-title') && bounds.right > icon.left - 1) faults.push(`"${text.textContent}" runs into its icon`);
      }
    }
    return faults;
  });
}

async function screenshot(page: Page, name: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `${name} ${colorScheme}`).toEqual([]);
    await page.locator('section.architecture').screenshot({ path: `${shots}/${name}-${colorScheme}.png` });
  }
}

describe('the architecture diagram on a report', () => {
  it('draws five resources with their links, each box naming its findings and leading to them', { timeout: 60_000 }, async () => {
    const { page, errors } = await openPage(browser(), await upload(fiveResourceTemplate, 'en'));
    await page.setViewportSize({ width: 1280, height: 900 });
    const section = page.locator('section.architecture');
    expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe('Architecture');
    // Above the findings.
    const order = await page.evaluate(() => [...document.querySelectorAll('h2')].map((heading) => heading.id));
    expect(order.indexOf('architecture-heading')).toBeLessThan(order.indexOf('findings-heading'));

    const boxes = section.locator('svg.diagram a');
    expect(await boxes.count()).toBe(5);
    expect(await section.locator('svg.diagram .dg-edge:not(.dg-legend *)').count()).toBe(4);
    const logs = section.getByRole('link', { name: /^AWS::S3::Bucket Logs, \d+ (critical|high) findings?/ });
    expect(await logs.count()).toBe(1);
    expect(await layoutFaults(page)).toEqual([]);
    await screenshot(page, 'five-en');

    // Keyboard: tab into the diagram, see the focus ring, follow the box to the finding it names.
    await section.locator('summary').first().focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ inDiagram: Boolean(document.activeElement?.closest('svg.diagram')), label: document.activeElement?.getAttribute('aria-label') }));
    expect(focused.inDiagram).toBe(true);
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('.dg-focus')!).strokeWidth);
    expect(ring).toBe('3px');
    await page.emulateMedia({ colorScheme: 'light' });
    await section.locator('svg.diagram').screenshot({ path: `${shots}/five-en-focus.png` });
    const href = await page.evaluate(() => document.activeElement!.getAttribute('href')!);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(href);
    expect(await page.locator(href).isVisible()).toBe(true);

    // The section folds away.
    await section.locator('summary').first().click();
    expect(await section.locator('svg.diagram').isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('keeps 150 resources readable in Chinese: collapsed boxes with counts, every resource in the list', { timeout: 120_000 }, async () => {
    const { page, errors } = await openPage(browser(), await upload(serviceStackTemplate(150), 'zh-cn'));
    await page.setViewportSize({ width: 1280, height: 900 });
    const section = page.locator('section.architecture');
    expect(await section.getByRole('heading', { level: 2 }).textContent()).toBe('架构图');
    expect(await section.locator('svg.diagram title').first().textContent()).toMatch(/^架构图：150 个资源，\d+ 条关联$/);
    expect(await section.locator('svg.diagram a').count()).toBeLessThan(60);
    expect(await layoutFaults(page)).toEqual([]);

    // Every resource is in the list once, alone or under its collapsed box.
    const listed = await section.locator('.architecture-list li:not(:has(li))').count();
    expect(listed).toBe(150);

    // A collapsed box leads to the list of what it stands for, opened.
    const collapsed = section.getByRole('link', { name: /^18 个 AWS::SQS::Queue 资源/ });
    await collapsed.click();
    const members = page.locator(`${await collapsed.getAttribute('href')} > li`);
    await expect.poll(() => members.first().isVisible()).toBe(true);
    expect(await members.count()).toBe(18);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'hundred-fifty-zh-cn');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('scrolls sideways on a phone instead of shrinking the text', async () => {
    const page = await browser().newPage({ baseURL, viewport: { width: 390, height: 844 } });
    await page.goto(await upload(serviceStackTemplate(40), 'en'));
    const sizes = await page.evaluate(() => {
      const figure = document.querySelector('.architecture-figure')!;
      return { figure: figure.clientWidth, drawing: figure.scrollWidth, section: document.querySelector('section.architecture')!.getBoundingClientRect().right };
    });
    expect(sizes.drawing).toBeGreaterThan(sizes.figure);
    // The drawing scrolls inside its figure; the section itself stays within the screen.
    expect(sizes.section).toBeLessThanOrEqual(390);
    expect(await axeViolations(page)).toEqual([]);
    await page.locator('section.architecture').screenshot({ path: `${shots}/forty-en-phone.png` });
    await page.close();
  });
});
