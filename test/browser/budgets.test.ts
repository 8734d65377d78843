/** Page-weight budgets, measured as gzip-compressed bytes of everything the browser fetched. */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseURL, useBrowser } from './browser';

const browser = useBrowser();

interface Transfer {
  url: string;
  type: string;
  gzipBytes: number;
}

/** Records every response and its compressed size; Pagefind's index files are already compressed. */
function recordTransfers(page: Page): Transfer[] {
  const transfers: Transfer[] = [];
  page.on('response', async (response) => {
    try {
      const body = await response.body();
      const url = response.url();
      const precompressed = /\.pf_|\.wasm/.test(url);
      transfers.push({ url, type: response.request().resourceType(), gzipBytes: precompressed ? body.length : gzipSync(body, { level: 9 }).length });
    } catch {
      // redirects have no body
    }
  });
  return transfers;
}

const sum = (transfers: Transfer[]) => transfers.reduce((total, transfer) => total + transfer.gzipBytes, 0);

describe('guide page budgets', () => {
  it('weighs under 50 KB compressed on first visit, with at most 27 KB of JavaScript, until search opens', async () => {
    const page = await browser().newPage({ baseURL });
    const transfers = recordTransfers(page);
    await page.goto('/guides/encrypt-data-in-transit/', { waitUntil: 'networkidle' });
    const total = sum(transfers);
    const script = sum(transfers.filter((transfer) => transfer.type === 'script'));
    console.log(`guide page: ${(total / 1024).toFixed(1)} KB total, ${(script / 1024).toFixed(1)} KB JavaScript (gzip)`);
    expect(transfers.some((transfer) => transfer.url.includes('/pagefind/'))).toBe(false);
    expect(total).toBeLessThan(50 * 1024);
    expect(script).toBeLessThanOrEqual(27 * 1024);

    transfers.length = 0;
    await page.keyboard.press('Control+k');
    await page.getByRole('searchbox').fill('encryption');
    await page.locator('[data-search-results] li a').first().waitFor();
    await page.waitForLoadState('networkidle');
    // The engine (script and WebAssembly) loads once per visit and is cached; each search then fetches index and result chunks.
    const isEngine = (transfer: Transfer) => /pagefind(-worker)?\.js|wasm\.|\.pf_meta|pagefind-entry\.json/.test(transfer.url);
    const engine = sum(transfers.filter(isEngine));
    const search = sum(transfers.filter((transfer) => !isEngine(transfer)));
    console.log(`search engine (once per visit): ${(engine / 1024).toFixed(1)} KB; the search itself: ${(search / 1024).toFixed(1)} KB (compressed)`);
    expect(transfers.some((transfer) => transfer.url.includes('pagefind-worker.js'))).toBe(false);
    expect(search).toBeLessThan(100 * 1024);
    await page.close();
  });
});
