/**
 * Scores, 0–100, per pillar and overall, built so a person can trust what a bar says.
 *
 * Every (rule, resource) pair a rule applies to is one evaluation, weighted by the rule's severity
 * (critical 10, high 5, medium 2, low 1); a pair fails when it has a finding that is not suppressed.
 * The base score is 100 × (1 − failed weight ÷ evaluated weight). Then the worst failure sets bounds:
 * - low findings alone never take a pillar below 75, medium ones never below 50: a pillar with only minor
 *   problems is not "poor" (with the plain ratio, one low finding on one evaluated pair made a pillar 0);
 * - a high finding keeps its pillar below 80 and a critical one at 60 or less: a serious problem never
 *   sits under a green bar.
 * A pillar with fewer than three evaluations has too little evidence and scores `null` ("not enough to
 * score") rather than 0 or 100. The overall score is the same over every evaluation, bounded the same way,
 * and never more than 20 points above the worst scored pillar.
 */
import { Pillar, type Severity } from '../vocabulary.ts';

export const severityWeight: Record<Severity, number> = { critical: 10, high: 5, medium: 2, low: 1 };

/** Fewer evaluations than this, and a pillar is not scored. */
export const minimumEvaluations = 3;
/** The most the overall score may exceed the worst pillar by. */
export const overallLead = 20;

const floorByWorst: Partial<Record<Severity, number>> = { low: 75, medium: 50 };
const ceilingByWorst: Partial<Record<Severity, number>> = { high: 79, critical: 60 };
const rank: Record<Severity, number> = { low: 1, medium: 2, high: 3, critical: 4 };

export interface Evaluation {
  pillar: Pillar;
  severity: Severity;
  failed: boolean;
}

interface Tally {
  count: number;
  total: number;
  failed: number;
  worst: Severity | null;
}

function add(tally: Tally, evaluation: Evaluation): void {
  const weight = severityWeight[evaluation.severity];
  tally.count++;
  tally.total += weight;
  if (!evaluation.failed) return;
  tally.failed += weight;
  if (tally.worst === null || rank[evaluation.severity] > rank[tally.worst]) tally.worst = evaluation.severity;
}

function scoreOf(tally: Tally): number | null {
  if (tally.count < minimumEvaluations) return null;
  let score = Math.round(100 * (1 - tally.failed / tally.total));
  if (tally.worst) {
    score = Math.max(score, floorByWorst[tally.worst] ?? 0);
    score = Math.min(score, ceilingByWorst[tally.worst] ?? 100);
  }
  return score;
}

const emptyTally = (): Tally => ({ count: 0, total: 0, failed: 0, worst: null });

export function scoresOf(evaluations: Iterable<Evaluation>) {
  const byPillar = new Map<Pillar, Tally>(Pillar.options.map((pillar) => [pillar, emptyTally()]));
  const all = emptyTally();
  for (const evaluation of evaluations) {
    add(byPillar.get(evaluation.pillar)!, evaluation);
    add(all, evaluation);
  }
  const pillars = Object.fromEntries(Pillar.options.map((pillar) => [pillar, scoreOf(byPillar.get(pillar)!)])) as Record<Pillar, number | null>;
  let overall = scoreOf(all);
  const scored = Object.values(pillars).filter((score): score is number => score !== null);
  if (overall !== null && scored.length > 0) overall = Math.min(overall, Math.min(...scored) + overallLead);
  return { overall, pillars };
}
