import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const packageJson = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  engines: { node: string };
  devDependencies: Record<string, string>;
};

describe('toolchain', () => {
  it('runs the suites on the Node 24 pinned in devDependencies, not the machine Node', () => {
    expect(process.versions.node).toBe(packageJson.devDependencies['node']);
    expect(process.versions.node.split('.')[0]).toBe('24');
  });

  it('pins pagefind exactly, because Chinese search quality changes between releases', () => {
    expect(packageJson.devDependencies['pagefind']).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
