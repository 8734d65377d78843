/**
 * `npm run fuzz` in small: 1,000 hostile inputs per format through the CLI's path, on every test run. Each run draws
 * a new sample; a failure prints the seed and path that replay it (`npm run fuzz -- --format F --seed S --replay P`).
 */
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { fuzzInput } from '../../scripts/fuzz/inputs.ts';
import { checkInput } from '../../scripts/fuzz/property.ts';
import { loadSeeds } from '../../scripts/fuzz/seeds.ts';

const seeds = loadSeeds();

describe.each(['yaml', 'json'] as const)('1,000 hostile CloudFormation %s inputs', (format) => {
  it('are each answered with a valid report within a second, never an exception', { timeout: 120_000 }, () => {
    fc.assert(
      fc.property(fuzzInput(format, seeds), (input) => {
        checkInput(input);
      }),
      { numRuns: 1000 },
    );
  });
});
