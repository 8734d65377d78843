/** The promises the scores make to a reader, pinned as properties over random sets of evaluations. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Pillar } from '../vocabulary.ts';
import { scoresOf, type Evaluation } from './score.ts';

const severity = fc.constantFrom('critical', 'high', 'medium', 'low' as const);
const evaluation = fc.record({ pillar: fc.constantFrom(...Pillar.options), severity, failed: fc.boolean() });
const passing = (pillar: Pillar, count: number, level: Evaluation['severity'] = 'medium'): Evaluation[] => Array.from({ length: count }, () => ({ pillar, severity: level, failed: false }));

describe('scores', () => {
  it('keep a pillar whose only failures are low at 75 or more', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ severity: fc.constant('low' as const), failed: fc.boolean() }), { minLength: 3, maxLength: 40 }), (items) => {
        const score = scoresOf(items.map((item) => ({ ...item, pillar: 'cost' }))).pillars.cost!;
        expect(score).toBeGreaterThanOrEqual(75);
      }),
    );
    // The SAM example's case: one low finding on the only pair a pillar had, plus two passing ones.
    expect(scoresOf([{ pillar: 'operations', severity: 'low', failed: true }, ...passing('operations', 2, 'low')]).pillars.operations).toBe(75);
  });

  it('never show a pillar or the overall score above 60 when a critical finding fails', () => {
    fc.assert(
      fc.property(fc.array(evaluation, { minLength: 0, maxLength: 60 }), fc.constantFrom(...Pillar.options), (others, pillar) => {
        const scores = scoresOf([...others, { pillar, severity: 'critical', failed: true }, ...passing(pillar, 2)]);
        expect(scores.pillars[pillar]).toBeLessThanOrEqual(60);
        expect(scores.overall).toBeLessThanOrEqual(60);
      }),
    );
  });

  it('say "not enough to score" (null) for a pillar with fewer than three evaluations, never 0 or 100', () => {
    expect(scoresOf([{ pillar: 'sustainability', severity: 'low', failed: true }]).pillars.sustainability).toBeNull();
    expect(scoresOf(passing('cost', 2)).pillars.cost).toBeNull();
    expect(scoresOf(passing('cost', 3)).pillars.cost).toBe(100);
  });

  it('never put the overall score more than 20 points above the worst pillar', () => {
    fc.assert(
      fc.property(fc.array(evaluation, { minLength: 3, maxLength: 80 }), (items) => {
        const { overall, pillars } = scoresOf(items);
        const scored = Object.values(pillars).filter((score): score is number => score !== null);
        if (overall !== null && scored.length > 0) expect(overall).toBeLessThanOrEqual(Math.min(...scored) + 20);
      }),
    );
  });

  it('stay between 0 and 100, and fall as more of the same pillar fails', () => {
    fc.assert(
      fc.property(fc.array(evaluation, { minLength: 3, maxLength: 60 }), (items) => {
        const { overall, pillars } = scoresOf(items);
        for (const score of [overall, ...Object.values(pillars)]) if (score !== null) expect(score).toBeGreaterThanOrEqual(0), expect(score).toBeLessThanOrEqual(100);
      }),
    );
    const some = scoresOf([...passing('security', 6, 'high'), { pillar: 'security', severity: 'high', failed: true }]).pillars.security!;
    const more = scoresOf([...passing('security', 4, 'high'), ...Array.from({ length: 3 }, () => ({ pillar: 'security' as const, severity: 'high' as const, failed: true }))]).pillars.security!;
    expect(more).toBeLessThan(some);
  });
});
