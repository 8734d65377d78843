/** axe (WCAG 2.2 A and AA rules) on every URL in the sitemap, both languages. */
import { describe, expect, it } from 'vitest';
import { axeViolations, baseURL, useBrowser } from './browser';

const browser = useBrowser();

async function sitemapPaths(): Promise<string[]> {
  const xml = await (await fetch(`${baseURL}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname);
}

describe('accessibility', () => {
  it('finds no WCAG 2.2 AA violations on any sitemap URL', { timeout: 600_000 }, async () => {
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
          for (const violation of await axeViolations(page)) failures.push(`${path}: ${violation}`);
        }
        await page.close();
      }),
    );
    if (failures.length > 0) console.log(failures.join('\n'));
    expect(failures).toEqual([]);
  });
});
