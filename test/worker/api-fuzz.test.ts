/**
 * Random and mutated uploads through the real API inside workerd: whatever arrives, the answer is a
 * documented status with a JSON error body, never a 500, and never slow. `npm run fuzz` runs the engine
 * itself on 100,000 inputs per format; this is the same idea through the HTTP front door.
 */
import { SELF } from 'cloudflare:test';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import knownProblems from '../fixtures/known-problems.yaml?raw';
import secureBucket from '../../site/public/examples/secure-bucket.json?raw';
import serverlessApi from '../../site/public/examples/serverless-api.yaml?raw';
import webStack from '../../site/public/examples/web-stack.yaml?raw';

const seeds = [webStack, serverlessApi, secureBucket, knownProblems];
const documented = new Set([201, 400, 413, 415, 422]);
let address = 0;

/** A real template, cut, spliced with noise, or with a line repeated: the shapes that broke parsers before. */
const mutatedTemplate = fc
  .tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat(), fc.string({ unit: 'binary', maxLength: 40 }), fc.constantFrom('cut', 'insert', 'delete', 'repeat-line', 'random'))
  .map(([seed, a, b, noise, how]) => {
    const at = a % (seed.length + 1);
    const to = Math.min(seed.length, at + (b % 200));
    switch (how) {
      case 'cut':
        return seed.slice(0, at);
      case 'insert':
        return seed.slice(0, at) + noise + seed.slice(at);
      case 'delete':
        return seed.slice(0, at) + seed.slice(to);
      case 'repeat-line': {
        const lines = seed.split('\n');
        const line = lines[a % lines.length] ?? '';
        lines.splice(b % (lines.length + 1), 0, ...Array.from({ length: 1 + (b % 50) }, () => line));
        return lines.join('\n');
      }
      default:
        return noise;
    }
  });

const fileName = fc.oneof(fc.constantFrom('stack.yaml', 'stack.json', 'a/b/c.template', 'x.yml'), fc.string({ maxLength: 300 }));

describe('the review API under random input', () => {
  it('answers every mutated upload with a documented status and a JSON body', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.record({ name: fileName, content: mutatedTemplate }), { minLength: 1, maxLength: 3 }), fc.boolean(), async (files, multipart) => {
        let body: BodyInit;
        const headers: Record<string, string> = { 'cf-connecting-ip': `10.${Math.floor(++address / 250) % 250}.${address % 250}.7` };
        if (multipart) {
          const form = new FormData();
          // workerd's File refuses a name ending in a backslash; a browser would never send one.
          for (const file of files) form.append('files', new File([file.content], file.name.replace(/\\+$/, '')));
          body = form;
        } else {
          body = JSON.stringify({ files });
          headers['content-type'] = 'application/json';
        }
        const started = Date.now();
        const response = await SELF.fetch('https://plumbline.test/api/reviews', { method: 'POST', body, headers });
        const payload = await response.json<{ id?: string; error?: { code: string; message: string } }>();
        expect(documented.has(response.status), `HTTP ${response.status}: ${JSON.stringify(payload)}`).toBe(true);
        if (response.status === 201) expect(payload.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
        else expect(payload.error?.message).toBeTruthy();
        expect(Date.now() - started).toBeLessThan(1000);
      }),
      { numRuns: 1000, seed: 20261204 },
    );
  });

  it('answers random bytes of every media type without a 500', { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.uint8Array({ maxLength: 2000 }),
        fc.constantFrom('application/json', 'multipart/form-data; boundary=x', 'text/plain', 'application/x-www-form-urlencoded'),
        async (bytes, type) => {
          const response = await SELF.fetch('https://plumbline.test/api/reviews', {
            method: 'POST',
            body: bytes,
            headers: { 'content-type': type, 'cf-connecting-ip': `10.250.${++address % 250}.9` },
          });
          expect(response.status).toBeLessThan(500);
          await response.arrayBuffer();
        },
      ),
      { numRuns: 200, seed: 4 },
    );
  });
});
