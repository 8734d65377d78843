/**
 * `checks/index.ts` is the engine's one door (with `checks/node.ts` and `checks/worker.ts` for platform loaders): the Worker, the site, the tests and the scripts import the engine
 * only through it, so its internals can move (a new input format, a new model) without breaking them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../..', import.meta.url).pathname;
const checks = join(root, 'checks');
/** The one door, and a platform door beside it for what only Node, the Worker or the browser has. */
const doors = ['index', 'node', 'worker', 'browser'].map((name) => join(checks, name));

/** Tools that measure or fuzz the engine's own stages (bare parse, the CLI's path) and so must reach inside. */
const measuresInternals = new Set([
  'scripts/bench.ts',
  'scripts/bench/terraform.ts',
  'scripts/bench/terraform-probe.ts',
  'scripts/fuzz/seeds.ts',
  'scripts/fuzz/inputs.ts',
  'scripts/fuzz/property.ts',
]);

const sourceName = /\.(ts|tsx|mts|js|mjs|astro)$/;
const specifier = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function sourcesUnder(folder: string): string[] {
  return (readdirSync(join(root, folder), { recursive: true }) as string[]).filter((path) => sourceName.test(path) && !path.split('/').includes('node_modules')).map((path) => join(folder, path));
}

/** Every `checks/…` module other than the door that a file imports, relative to the repository. */
function internalImports(file: string, text: string): string[] {
  return [...text.matchAll(specifier)]
    .map((match) => match[1]!)
    .filter((path) => path.startsWith('.'))
    .map((path) => resolve(dirname(join(root, file)), path))
    .filter((target) => target.startsWith(`${checks}/`) && !doors.includes(target.replace(/\.ts$/, '')))
    .map((target) => relative(root, target));
}

describe('the engine boundary', () => {
  const self = relative(root, new URL(import.meta.url).pathname);
  const files = ['worker', 'site', 'test', 'scripts'].flatMap(sourcesUnder).filter((file) => file !== self && !measuresInternals.has(file));

  it('is crossed only through checks/index.ts', () => {
    const crossings = files.flatMap((file) => internalImports(file, readFileSync(join(root, file), 'utf8')).map((target) => `${file} → ${target}`));
    expect(crossings).toEqual([]);
  });

  it('notices a deep import, a dynamic one and an extensionless one', () => {
    const text = "import { Finding } from '../../checks/report/schema.ts';\nconst m = await import('../../checks/engine/check');\nimport { Pillar } from '../../checks/index.ts';";
    expect(internalImports('worker/pages/x.tsx', text)).toEqual(['checks/report/schema.ts', 'checks/engine/check']);
  });
});
