/**
 * The finding-stability guard: refactoring the engine must not change a single finding. The digests cover every
 * template in the repository and, where it exists (CI), `../shared/corpus`; see scripts/finding-digest.ts.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { digestFile, digestOf, findingSets, type SetDigest } from '../../scripts/finding-digest.ts';

const stored = JSON.parse(readFileSync(digestFile, 'utf8')) as Record<keyof typeof findingSets, SetDigest>;

describe('finding stability', () => {
  it('finds exactly what it found before in every template of the repository', () => {
    expect(digestOf(findingSets.fixtures)).toEqual(stored.fixtures);
  });

  const corpus = digestOf(findingSets.corpus);
  it.skipIf(corpus === undefined)('finds exactly what it found before in the shared corpus', () => {
    expect(corpus).toEqual(stored.corpus);
  });
});
