/**
 * `/data/plumbline-lens.json`: the English guides as an AWS Well-Architected Tool custom lens.
 *
 * One pillar per Well-Architected pillar that has guides (continued in a custom pillar past 20), one question per guide. The choices are the guide's desired
 * outcome plus one "avoided" choice per anti-pattern (each a best practice the reviewer ticks when it holds), then a
 * "None of these" choice. The risk of a question follows the guide's risk: every best practice ticked is no risk;
 * anything less is high risk for a high-risk guide and medium risk otherwise (the format has no low-risk level).
 * The output must validate against `Lens` in `lens-schema.ts`; text is shortened to the documented limits.
 */
import type { Pillar } from '../../../checks/index.ts';
import type { GuideFrontmatter } from '../../schemas/guide.ts';
import { SITE_URL, assertLanguage, guideUrl, sortById, type ExportGuide } from './common.ts';
import { Lens, NONE_SUFFIX, lensLimits, type FrameworkPillarId, type LensChoice, type LensQuestion, type LensRiskRule } from './lens-schema.ts';

/** Site pillar → the id the lens format reserves for that Framework pillar, in the Framework's own order. */
export const lensPillars: readonly { pillar: Pillar; id: FrameworkPillarId; name: string }[] = [
  { pillar: 'operations', id: 'operationalExcellence', name: 'Operational Excellence' },
  { pillar: 'security', id: 'security', name: 'Security' },
  { pillar: 'reliability', id: 'reliability', name: 'Reliability' },
  { pillar: 'performance', id: 'performance', name: 'Performance Efficiency' },
  { pillar: 'cost', id: 'costOptimization', name: 'Cost Optimization' },
  { pillar: 'sustainability', id: 'sustainability', name: 'Sustainability' },
];

export const LENS_NAME = 'Plumbline best practices';
export const LENS_DESCRIPTION =
  'Questions from the Plumbline guides (https://plumbline.dev/guides/), one per best practice, grouped under the AWS Well-Architected pillars. ' +
  'Each choice links to the guide that explains why it matters and how to put it in place in infrastructure code. ' +
  'Guide content is licensed CC BY 4.0.';

/** Shortens text to `max` characters at a word boundary where it can, ending with an ellipsis. */
export function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  const head = space >= max * 0.6 ? cut.slice(0, space) : cut;
  return `${head.replace(/[\s,;:.–—-]+$/, '')}…`;
}

/** `SEC-04` → `SEC_04`: the lens format allows only letters, digits and underscores in ids. */
export function questionId(guideId: string): string {
  return guideId.replace(/[^A-Za-z0-9_]/g, '_');
}

/**
 * Risk rules for a question. The first true condition wins, so the all-practices rule comes first and `default` last.
 * High-risk guides: anything short of every practice is HIGH_RISK. Medium and low: MEDIUM_RISK, the lowest risk the
 * format has short of NO_RISK.
 */
export function riskRules(risk: GuideFrontmatter['risk'], bestPracticeIds: readonly string[]): LensRiskRule[] {
  return [
    { condition: bestPracticeIds.join(' && '), risk: 'NO_RISK' },
    { condition: 'default', risk: risk === 'high' ? 'HIGH_RISK' : 'MEDIUM_RISK' },
  ];
}

function outcomeChoice(guide: ExportGuide, qid: string, url: string): LensChoice {
  const checks = guide.checks.length > 0 ? ` Plumbline checks this automatically: ${guide.checks.join(', ')}.` : ' No automated check covers this yet: confirm it in a review.';
  return {
    id: `${qid}_outcome`,
    title: clip(`Outcome in place: ${guide.desiredOutcome}`, lensLimits.choiceTitle),
    helpfulResource: { displayText: clip(guide.desiredOutcome + checks, lensLimits.choiceHelpfulText), url },
    improvementPlan: { displayText: clip(`How to get there: guide ${guide.id}`, lensLimits.improvementPlanText), url },
  };
}

function avoidedChoice(guide: ExportGuide, qid: string, url: string, antiPattern: string, index: number): LensChoice {
  return {
    id: `${qid}_avoid_${index + 1}`,
    title: clip(`Avoided: ${antiPattern}`, lensLimits.choiceTitle),
    helpfulResource: { displayText: clip(`A common mistake this rules out: ${antiPattern}`, lensLimits.choiceHelpfulText), url },
    improvementPlan: { displayText: clip(`How to avoid it: guide ${guide.id}`, lensLimits.improvementPlanText), url },
  };
}

function noneChoice(qid: string, url: string): LensChoice {
  // The documented "None of these" choice has a helpful resource and, as the format allows, no improvement plan.
  return {
    id: `${qid}${NONE_SUFFIX}`,
    title: 'None of these',
    helpfulResource: { displayText: 'Choose this if the workload follows none of these practices yet.', url },
  };
}

export function lensQuestion(guide: ExportGuide, baseUrl = SITE_URL): LensQuestion {
  const qid = questionId(guide.id);
  const url = guideUrl(guide.slug, 'en', baseUrl);
  const maxAvoided = lensLimits.choicesPerQuestion - 2;
  if (guide.antiPatterns.length > maxAvoided) {
    throw new Error(`${guide.id} has ${guide.antiPatterns.length} anti-patterns; a lens question fits ${maxAvoided} next to the outcome and "None of these"`);
  }
  const practices = [outcomeChoice(guide, qid, url), ...guide.antiPatterns.map((text, index) => avoidedChoice(guide, qid, url, text, index))];
  return {
    id: qid,
    title: clip(guide.title, lensLimits.questionTitle),
    description: clip(guide.summary, lensLimits.questionDescription),
    helpfulResource: { displayText: clip(`Plumbline guide ${guide.id}: why and how`, lensLimits.questionHelpfulText), url },
    choices: [...practices, noneChoice(qid, url)],
    riskRules: riskRules(
      guide.risk,
      practices.map((choice) => choice.id),
    ),
  };
}

/**
 * A Framework pillar's questions, in lens pillars of at most 20 (the format's limit). The first keeps the Framework id,
 * so the Tool files it under that pillar; overflow goes to custom pillars (`security_2`, "Security (continued)"),
 * which the format allows beside the Framework ones.
 */
function lensPillarsFor({ id, name }: { id: FrameworkPillarId; name: string }, questions: readonly LensQuestion[]) {
  const size = lensLimits.questionsPerPillar;
  return Array.from({ length: Math.ceil(questions.length / size) }, (_, part) => ({
    id: part === 0 ? id : `${id}_${part + 1}`,
    name: part === 0 ? name : `${name} (continued)`,
    questions: questions.slice(part * size, (part + 1) * size),
  }));
}

/** Builds the lens from the English guides and checks it against the documented format; throws if it does not fit. */
export function plumblineLens(guides: readonly ExportGuide[], options: { baseUrl?: string } = {}): Lens {
  assertLanguage(guides, 'en');
  const pillars = lensPillars.flatMap((pillar) =>
    lensPillarsFor(
      pillar,
      sortById(guides.filter((guide) => guide.pillar === pillar.pillar)).map((guide) => lensQuestion(guide, options.baseUrl)),
    ),
  );
  const lens = { schemaVersion: '2021-11-01' as const, name: LENS_NAME, description: LENS_DESCRIPTION, pillars };
  const result = Lens.safeParse(lens);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`the generated lens does not fit the AWS custom lens format: ${problems}`);
  }
  return lens;
}

/**
 * The lens as the file people upload, held to the import size limit. Written compact: with 97 guides the
 * indented form passed the 500 KB the Well-Architected Tool imports, and the file is for importing, not reading.
 */
export function plumblineLensJson(guides: readonly ExportGuide[], options: { baseUrl?: string } = {}): string {
  const text = `${JSON.stringify(plumblineLens(guides, options))}\n`;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > lensLimits.lensBytes) throw new Error(`the lens file is ${bytes} bytes; the AWS Well-Architected Tool imports at most ${lensLimits.lensBytes}`);
  return text;
}
