/**
 * Scores, 0–100, per pillar and overall.
 *
 * Every (rule, resource) pair the rule applies to is one evaluation, weighted by the rule's severity
 * (critical 10, high 5, medium 2, low 1). A pair fails when it has at least one finding that is not
 * suppressed. A pillar's score is 100 × (1 − failed weight ÷ evaluated weight), rounded; the overall
 * score is the same ratio over all pillars together. A pillar no rule applied to scores `null`.
 */
import { Pillar } from '../pillars.ts';
import type { Severity } from '../rules/rule.ts';

export const severityWeight: Record<Severity, number> = { critical: 10, high: 5, medium: 2, low: 1 };

export interface Evaluation {
  pillar: Pillar;
  severity: Severity;
  failed: boolean;
}

export function scoresOf(evaluations: Iterable<Evaluation>) {
  const totals = new Map<Pillar, { total: number; failed: number }>();
  for (const evaluation of evaluations) {
    const weight = severityWeight[evaluation.severity];
    const totalsForPillar = totals.get(evaluation.pillar) ?? { total: 0, failed: 0 };
    totalsForPillar.total += weight;
    if (evaluation.failed) totalsForPillar.failed += weight;
    totals.set(evaluation.pillar, totalsForPillar);
  }
  const ratio = (failed: number, total: number) => (total === 0 ? null : Math.round(100 * (1 - failed / total)));
  const pillars = Object.fromEntries(
    Pillar.options.map((pillar) => {
      const value = totals.get(pillar);
      return [pillar, value ? ratio(value.failed, value.total) : null];
    }),
  ) as Record<Pillar, number | null>;
  let total = 0;
  let failed = 0;
  for (const value of totals.values()) {
    total += value.total;
    failed += value.failed;
  }
  return { overall: ratio(failed, total), pillars };
}
