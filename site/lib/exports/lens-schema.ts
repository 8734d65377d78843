/**
 * The AWS Well-Architected Tool custom lens JSON format, as a zod schema.
 *
 * Source: "Lens format specification" in the AWS Well-Architected Tool User Guide
 * (https://docs.aws.amazon.com/wellarchitected/latest/userguide/lenses-format-specification.html), schemaVersion 2021-11-01.
 * Where the AWS Well-Architected Tool API Reference documents a tighter limit for the same value (the API hands the lens
 * content back through those shapes), the schema keeps the tighter one and says so; the user guide limit is noted too.
 * Objects are strict: the format documents no other fields, so anything else is rejected rather than silently ignored.
 */
import { z } from 'zod';

/** Every documented limit in one place, so the generator can fit its text to them. */
export const lensLimits = {
  /** "Lens format specification", Lens section: name up to 128 characters. */
  lensName: 128,
  /** "Lens format specification": description up to 2048; API "LensSummary": Description max 1024. */
  lensDescription: 1024,
  /** "ImportLens" (API Reference): a custom lens cannot exceed 500 KB; CloudFormation "AWS::WellArchitected::Lens" JSONString max 500000. */
  lensBytes: 500_000,
  /** "Lens format specification", Pillars section: up to 10 pillars. */
  pillars: 10,
  /** "Lens format specification": pillar id 3 to 128 characters; API "SelectedPillar"/"PillarReviewSummary": PillarId max 64. */
  pillarId: { min: 3, max: 64 },
  /** "Lens format specification": pillar name up to 128 characters. */
  pillarName: 128,
  /** "Lens format specification", Questions section: up to 20 questions in a pillar. */
  questionsPerPillar: 20,
  /** "Lens format specification": question id 3 to 128 characters; API "ProfileQuestion": QuestionId max 128. */
  questionId: { min: 3, max: 128 },
  /** "Lens format specification": question title up to 128 characters. */
  questionTitle: 128,
  /** "Lens format specification": question description up to 2048; API "ProfileQuestion": QuestionDescription max 1024. */
  questionDescription: 1024,
  /** "Lens format specification": question helpfulResource displayText up to 2048; API "ReviewTemplateAnswer": HelpfulResourceDisplayText max 64. */
  questionHelpfulText: 64,
  /** "Lens format specification", Choices section: up to 15 choices for a question. */
  choicesPerQuestion: 15,
  /** "Lens format specification": choice id 3 to 128 characters; API "Choice": ChoiceId max 64. */
  choiceId: { min: 3, max: 64 },
  /** "Lens format specification": choice title up to 128 characters. */
  choiceTitle: 128,
  /** "Lens format specification": choice helpfulResource displayText up to 2048; API "ChoiceContent": DisplayText max 1024. */
  choiceHelpfulText: 1024,
  /** "Lens format specification": improvementPlan displayText up to 2048; API "ChoiceImprovementPlan": DisplayText max 64. */
  improvementPlanText: 64,
  /** "Lens format specification": additionalResources displayText up to 2048; API "ChoiceContent": DisplayText max 1024. */
  additionalResourceText: 1024,
  /** "Lens format specification": up to five additional resources of each type for a choice. */
  additionalResourcesPerType: 5,
  /** API "ChoiceContent": Url max 1024. */
  url: 1024,
  /** "Lens format specification", Risk Rules section: a maximum of three risk rules per question. */
  riskRulesPerQuestion: 3,
} as const;

/** "Lens format specification": ids "contain only alphanumeric and underscore ("_") characters". */
const idPattern = /^[A-Za-z0-9_]+$/;

/** "Lens format specification", Choices section: "Adding a choice with a suffix of `_no` will act as a `None of these` choice". */
export const NONE_SUFFIX = '_no';

export function isNoneChoiceId(id: string): boolean {
  return id.endsWith(NONE_SUFFIX);
}

const Id = (limits: { min: number; max: number }) => z.string().min(limits.min).max(limits.max).regex(idPattern, 'only letters, digits and "_"');

/**
 * "Lens format specification": "The URL must start with `http://` or `https://`". Plumbline publishes https only, so the
 * schema requires https (a stricter subset of the documented rule). Length from API "ChoiceContent": Url max 1024.
 */
export const LensUrl = z.url({ protocol: /^https$/ }).max(lensLimits.url);

/** A `displayText` plus optional `url`: "Must be specified if `url` is specified", so the text is required here. */
const resource = (maxText: number) =>
  z.strictObject({
    displayText: z.string().min(1).max(maxText),
    url: LensUrl.optional(),
  });

export const AdditionalResources = z.strictObject({
  type: z.enum(['HELPFUL_RESOURCE', 'IMPROVEMENT_PLAN']),
  content: z.array(resource(lensLimits.additionalResourceText)).min(1).max(lensLimits.additionalResourcesPerType),
});

export const LensChoice = z
  .strictObject({
    id: Id(lensLimits.choiceId),
    title: z.string().min(1).max(lensLimits.choiceTitle),
    helpfulResource: resource(lensLimits.choiceHelpfulText).optional(),
    improvementPlan: resource(lensLimits.improvementPlanText).optional(),
    additionalResources: z.array(AdditionalResources).optional(),
  })
  .superRefine((choice, ctx) => {
    // "An `improvementPlan` is required for each choice, except for a `None of these` choice."
    if (!isNoneChoiceId(choice.id) && !choice.improvementPlan) {
      ctx.addIssue({ code: 'custom', path: ['improvementPlan'], message: `choice ${choice.id} needs an improvementPlan` });
    }
    // API "Choice": "up to two additional resources: one of type HELPFUL_RESOURCE, one of type IMPROVEMENT_PLAN, or both".
    const types = (choice.additionalResources ?? []).map((resource) => resource.type);
    if (new Set(types).size !== types.length) {
      ctx.addIssue({ code: 'custom', path: ['additionalResources'], message: 'at most one additionalResources entry per type' });
    }
  });

/** "Lens format specification", Risk Rules section: valid values are HIGH_RISK, MEDIUM_RISK and NO_RISK. */
export const LensRisk = z.enum(['HIGH_RISK', 'MEDIUM_RISK', 'NO_RISK']);

export const LensRiskRule = z.strictObject({
  /** "A Boolean expression of the choices that maps to a risk level for the question, or `default`." */
  condition: z.string().min(1),
  risk: LensRisk,
});

/**
 * Parses a risk rule condition (choice ids combined with `&&`, `||`, `!` and parentheses, as in the documented example)
 * and returns the choice ids it mentions, or an error message if it is not a well-formed expression.
 */
export function parseCondition(condition: string): { ids: string[] } | { error: string } {
  const tokens = condition.match(/\s+|&&|\|\||!|\(|\)|[A-Za-z0-9_]+|./g) ?? [];
  const significant = tokens.filter((token) => !/^\s+$/.test(token));
  const ids: string[] = [];
  let position = 0;
  const peek = () => significant[position];
  const fail = (message: string): never => {
    throw new SyntaxError(message);
  };
  function factor(): void {
    const token = peek();
    if (token === '!') {
      position += 1;
      factor();
    } else if (token === '(') {
      position += 1;
      expression();
      if (peek() !== ')') fail(`expected ")" at token ${position + 1}`);
      position += 1;
    } else if (token !== undefined && idPattern.test(token)) {
      ids.push(token);
      position += 1;
    } else {
      fail(token === undefined ? 'expression ends too early' : `unexpected "${token}"`);
    }
  }
  function term(): void {
    factor();
    while (peek() === '&&') {
      position += 1;
      factor();
    }
  }
  function expression(): void {
    term();
    while (peek() === '||') {
      position += 1;
      term();
    }
  }
  try {
    expression();
    if (position !== significant.length) fail(`unexpected "${peek()}"`);
    return { ids };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

export const LensQuestion = z
  .strictObject({
    id: Id(lensLimits.questionId),
    title: z.string().min(1).max(lensLimits.questionTitle),
    description: z.string().min(1).max(lensLimits.questionDescription),
    helpfulResource: resource(lensLimits.questionHelpfulText).optional(),
    choices: z.array(LensChoice).min(1).max(lensLimits.choicesPerQuestion),
    riskRules: z.array(LensRiskRule).min(1).max(lensLimits.riskRulesPerQuestion),
  })
  .superRefine((question, ctx) => {
    // "A unique ID must be specified for each choice in a question."
    const choiceIds = question.choices.map((choice) => choice.id);
    const known = new Set(choiceIds);
    if (known.size !== choiceIds.length) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: `question ${question.id} has duplicate choice ids` });
    }
    if (choiceIds.filter(isNoneChoiceId).length > 1) {
      ctx.addIssue({ code: 'custom', path: ['choices'], message: `question ${question.id} has more than one "None of these" choice` });
    }
    // "There must be a `default` risk rule for each question." The first true condition wins, so `default` must come
    // last or the rules after it can never apply; "one for each level of risk", so no level twice.
    const rules = question.riskRules;
    const defaults = rules.filter((rule) => rule.condition === 'default');
    if (defaults.length !== 1 || rules.at(-1)?.condition !== 'default') {
      ctx.addIssue({ code: 'custom', path: ['riskRules'], message: `question ${question.id} needs exactly one "default" risk rule, last` });
    }
    if (new Set(rules.map((rule) => rule.risk)).size !== rules.length) {
      ctx.addIssue({ code: 'custom', path: ['riskRules'], message: `question ${question.id} uses a risk level twice` });
    }
    rules.forEach((rule, index) => {
      if (rule.condition === 'default') return;
      const parsed = parseCondition(rule.condition);
      if ('error' in parsed) {
        ctx.addIssue({ code: 'custom', path: ['riskRules', index, 'condition'], message: parsed.error });
        return;
      }
      for (const id of parsed.ids) {
        if (!known.has(id)) {
          ctx.addIssue({ code: 'custom', path: ['riskRules', index, 'condition'], message: `unknown choice "${id}"` });
        }
      }
    });
  });

export const LensPillar = z.strictObject({
  /** Framework pillars use the ids `operationalExcellence`, `security`, `reliability`, `performance`, `costOptimization`, `sustainability`. */
  id: Id(lensLimits.pillarId),
  name: z.string().min(1).max(lensLimits.pillarName),
  questions: z.array(LensQuestion).min(1).max(lensLimits.questionsPerPillar),
});

/** "Lens format specification", Pillars section: the ids that map questions to the Framework's own pillars. */
export const frameworkPillarIds = ['operationalExcellence', 'security', 'reliability', 'performance', 'costOptimization', 'sustainability'] as const;
export type FrameworkPillarId = (typeof frameworkPillarIds)[number];

export const Lens = z
  .strictObject({
    /** "Set by the template, do not change." */
    schemaVersion: z.literal('2021-11-01'),
    name: z.string().min(1).max(lensLimits.lensName),
    description: z.string().min(1).max(lensLimits.lensDescription),
    pillars: z.array(LensPillar).min(1).max(lensLimits.pillars),
  })
  .superRefine((lens, ctx) => {
    // "The IDs used in a pillar must be unique." / "The IDs used in a question must be unique." (held lens-wide here).
    const pillarIds = lens.pillars.map((pillar) => pillar.id);
    if (new Set(pillarIds).size !== pillarIds.length) {
      ctx.addIssue({ code: 'custom', path: ['pillars'], message: 'duplicate pillar ids' });
    }
    const questionIds = lens.pillars.flatMap((pillar) => pillar.questions.map((question) => question.id));
    if (new Set(questionIds).size !== questionIds.length) {
      ctx.addIssue({ code: 'custom', path: ['pillars'], message: 'duplicate question ids' });
    }
    const bytes = new TextEncoder().encode(JSON.stringify(lens)).length;
    if (bytes > lensLimits.lensBytes) {
      ctx.addIssue({ code: 'custom', path: [], message: `lens is ${bytes} bytes, over ${lensLimits.lensBytes}` });
    }
  });
export type Lens = z.infer<typeof Lens>;
export type LensQuestion = z.infer<typeof LensQuestion>;
export type LensChoice = z.infer<typeof LensChoice>;
export type LensRiskRule = z.infer<typeof LensRiskRule>;
