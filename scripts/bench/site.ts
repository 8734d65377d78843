/** What a visitor downloads from the built site (dist/), compressed as a CDN would serve it. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = new URL('../../dist/', import.meta.url).pathname;
const gzip = (path: string) => gzipSync(readFileSync(path), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function filesUnder(folder: string, extension: RegExp): string[] {
  return (readdirSync(folder, { recursive: true }) as string[]).filter((file) => extension.test(file)).map((file) => join(folder, file));
}

export function siteWeights(line: (label: string, value: string, goal: string, ok: boolean) => void): void {
  const guide = join(dist, 'guides/s3-block-public-access/index.html');
  const html = /<script[^>]+src="([^"]+)"/g;
  const page = readFileSync(guide, 'utf8');
  const scripts = [...page.matchAll(html)].map((match) => join(dist, match[1]!)).filter((path) => statSync(path, { throwIfNoEntry: false }));
  const styles = [...page.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].map((match) => join(dist, match[1]!)).filter((path) => statSync(path, { throwIfNoEntry: false }));
  const pageBytes = gzip(guide) + [...scripts, ...styles].reduce((sum, path) => sum + gzip(path), 0);
  const jsBytes = scripts.reduce((sum, path) => sum + gzip(path), 0);
  line('guide page, first visit (HTML+CSS+JS, gzip)', kb(pageBytes), '< 50 KB', pageBytes < 50 * 1024);
  line('  of which JavaScript', kb(jsBytes), '< 27 KB', jsBytes < 27 * 1024);
  const allJs = filesUnder(dist, /\.js$/)
    .filter((path) => !path.includes('/pagefind/'))
    .reduce((sum, path) => sum + gzip(path), 0);
  line('all site JavaScript (gzip)', kb(allJs), '—', true);
  const engine = join(dist, 'js/engine.js');
  if (statSync(engine, { throwIfNoEntry: false })) {
    const engineBytes = gzip(engine);
    line('private check: engine bundle, loaded only when used (gzip)', kb(engineBytes), '< 150 KB', engineBytes < 150 * 1024);
  }
  const search = filesUnder(join(dist, 'pagefind'), /./).filter((path) => statSync(path).isFile());
  const searchBytes = search.reduce((sum, path) => sum + statSync(path).size, 0);
  line(`search index, both languages (${search.length} files, on disk)`, kb(searchBytes), '—', true);
}
