import { describe, expect, it } from 'vitest';
import { realGuides, sampleGuide } from './fixtures.ts';
import { clip, lensQuestion, plumblineLens, plumblineLensJson, questionId, riskRules } from './lens.ts';
import { Lens, frameworkPillarIds, lensLimits, parseCondition, type Lens as LensType } from './lens-schema.ts';

const guides = realGuides('en');
const lens = plumblineLens(guides);

function issues(candidate: unknown): string[] {
  const result = Lens.safeParse(candidate);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

/** A deep copy of the real lens to break in one place. */
function broken(change: (lens: LensType) => void): LensType {
  const copy = structuredClone(lens);
  change(copy);
  return copy;
}

describe('the Plumbline custom lens', () => {
  it('validates against the documented custom lens format', () => {
    expect(issues(lens)).toEqual([]);
    expect(issues(JSON.parse(plumblineLensJson(guides)))).toEqual([]);
  });

  it('maps onto the Framework pillar ids and has one question per guide', () => {
    for (const pillar of lens.pillars) expect(frameworkPillarIds).toContain(pillar.id.replace(/_\d+$/, ''));
    const questions = lens.pillars.flatMap((pillar) => pillar.questions);
    expect(questions.map((question) => question.id).sort()).toEqual(guides.map((guide) => questionId(guide.id)).sort());
    expect(lens.pillars.find((pillar) => pillar.id === 'costOptimization')?.name).toBe('Cost Optimization');
  });

  it('continues a pillar with more than 20 guides in a custom pillar', () => {
    const many = Array.from({ length: 23 }, (_, i) => sampleGuide({ id: `SEC-${String(i + 1).padStart(2, '0')}`, slug: `guide-${i + 1}` }));
    const split = plumblineLens(many);
    expect(split.pillars.map((pillar) => [pillar.id, pillar.name, pillar.questions.length])).toEqual([
      ['security', 'Security', 20],
      ['security_2', 'Security (continued)', 3],
    ]);
    expect(split.pillars[1]!.questions[0]!.id).toBe('SEC_21');
  });

  it('stays under the 500 KB import limit', () => {
    expect(new TextEncoder().encode(plumblineLensJson(guides)).length).toBeLessThan(lensLimits.lensBytes);
  });

  it('turns a guide into a question: outcome, one choice per anti-pattern, then "None of these"', () => {
    const question = lensQuestion(sampleGuide());
    expect(question.id).toBe('SEC_01');
    expect(question.title).toBe('Block public access to S3 buckets by default');
    expect(question.description).toBe(sampleGuide().summary);
    expect(question.choices.map((choice) => choice.id)).toEqual(['SEC_01_outcome', 'SEC_01_avoid_1', 'SEC_01_avoid_2', 'SEC_01_no']);
    expect(question.choices.at(-1)).toMatchObject({ title: 'None of these' });
    expect(question.choices.at(-1)).not.toHaveProperty('improvementPlan');
    for (const choice of question.choices) {
      expect(choice.helpfulResource?.url).toBe('https://plumbline.dev/guides/s3-block-public-access/');
    }
    expect(question.choices[0]!.helpfulResource!.displayText).toContain('AWS-S3-PUBLIC-ACL, AWS-S3-NOT-YET-A-RULE');
    expect(question.choices[1]!.improvementPlan).toEqual({ displayText: 'How to avoid it: guide SEC-01', url: 'https://plumbline.dev/guides/s3-block-public-access/' });
  });

  it('derives the risk rules from the guide risk, with default last', () => {
    const ids = ['Q_outcome', 'Q_avoid_1'];
    expect(riskRules('high', ids)).toEqual([
      { condition: 'Q_outcome && Q_avoid_1', risk: 'NO_RISK' },
      { condition: 'default', risk: 'HIGH_RISK' },
    ]);
    expect(riskRules('medium', ids).at(-1)).toEqual({ condition: 'default', risk: 'MEDIUM_RISK' });
    expect(riskRules('low', ids).at(-1)).toEqual({ condition: 'default', risk: 'MEDIUM_RISK' });
    for (const question of lens.pillars.flatMap((pillar) => pillar.questions)) {
      const guide = guides.find((candidate) => questionId(candidate.id) === question.id)!;
      expect(question.riskRules.at(-1)!.risk).toBe(guide.risk === 'high' ? 'HIGH_RISK' : 'MEDIUM_RISK');
    }
  });

  it('shortens long text at a word boundary to fit the limits', () => {
    expect(clip('short', 10)).toBe('short');
    const long = clip('Avoided: ' + 'word '.repeat(60), lensLimits.choiceTitle);
    expect(long.length).toBeLessThanOrEqual(lensLimits.choiceTitle);
    expect(long.endsWith('word…')).toBe(true);
  });

  it('refuses guides that are not in English', () => {
    expect(() => plumblineLens([sampleGuide({ lang: 'zh-cn' })])).toThrow();
  });
});

describe('the lens schema rejects a broken lens', () => {
  it.each<[string, (lens: LensType) => void, RegExp]>([
    ['a changed schemaVersion', (l) => ((l as { schemaVersion: string }).schemaVersion = '2022-01-01'), /schemaVersion/],
    ['a name over 128 characters', (l) => (l.name = 'x'.repeat(129)), /^name: Too big/m],
    ['a field the format does not have', (l) => Object.assign(l, { version: 2 }), /Unrecognized key/],
    ['a pillar id with a hyphen', (l) => (l.pillars[0]!.id = 'cost-optimization'), /pillars\.0\.id/],
    ['a pillar id under 3 characters', (l) => (l.pillars[0]!.id = 'ab'), /pillars\.0\.id/],
    ['two pillars with one id', (l) => (l.pillars[1]!.id = l.pillars[0]!.id), /duplicate pillar ids/],
    ['11 pillars', (l) => l.pillars.push(...Array.from({ length: 11 - l.pillars.length }, (_, i) => ({ ...l.pillars[0]!, id: `extra_${i}`, questions: [] }))), /^pillars: Too big/m],
    [
      '21 questions in a pillar',
      (l) => {
        const first = l.pillars[0]!.questions[0]!;
        l.pillars[0]!.questions = Array.from({ length: 21 }, (_, i) => ({ ...first, id: `${first.id}_${i}` }));
      },
      /^pillars\.0\.questions: Too big/m,
    ],
    ['a question title over 128 characters', (l) => (l.pillars[0]!.questions[0]!.title = 'x'.repeat(129)), /questions\.0\.title/],
    ['a question description over the limit', (l) => (l.pillars[0]!.questions[0]!.description = 'x'.repeat(2049)), /questions\.0\.description/],
    [
      '16 choices',
      (l) => {
        const question = l.pillars[0]!.questions[0]!;
        const first = question.choices[0]!;
        question.choices = [...Array.from({ length: 15 }, (_, i) => ({ ...first, id: `c_${i}` })), question.choices.at(-1)!];
      },
      /choices: Too big/,
    ],
    ['duplicate choice ids', (l) => (l.pillars[0]!.questions[0]!.choices[1]!.id = l.pillars[0]!.questions[0]!.choices[0]!.id), /duplicate choice ids/],
    ['a choice title over 128 characters', (l) => (l.pillars[0]!.questions[0]!.choices[0]!.title = 'x'.repeat(129)), /choices\.0\.title/],
    ['a best-practice choice without improvement plan', (l) => delete l.pillars[0]!.questions[0]!.choices[0]!.improvementPlan, /needs an improvementPlan/],
    ['a URL that is not https', (l) => (l.pillars[0]!.questions[0]!.choices[0]!.helpfulResource!.url = 'http://plumbline.dev/'), /choices\.0\.helpfulResource\.url: Invalid URL/],
    ['a URL that is not a URL', (l) => (l.pillars[0]!.questions[0]!.helpfulResource!.url = 'plumbline.dev/guides/'), /questions\.0\.helpfulResource\.url: Invalid URL/],
    ['a URL without display text', (l) => (l.pillars[0]!.questions[0]!.helpfulResource = { url: 'https://plumbline.dev/' } as never), /displayText/],
    ['no default risk rule', (l) => l.pillars[0]!.questions[0]!.riskRules.pop(), /default/],
    ['default before another rule', (l) => l.pillars[0]!.questions[0]!.riskRules.reverse(), /default/],
    [
      'four risk rules',
      (l) => {
        const rules = l.pillars[0]!.questions[0]!.riskRules;
        rules.unshift({ condition: rules[0]!.condition, risk: 'MEDIUM_RISK' }, { condition: rules[0]!.condition, risk: 'HIGH_RISK' });
      },
      /riskRules: Too big/,
    ],
    ['a risk level the format does not have', (l) => ((l.pillars[0]!.questions[0]!.riskRules.at(-1) as { risk: string }).risk = 'LOW_RISK'), /riskRules\.1\.risk: Invalid option/],
    ['a condition naming an unknown choice', (l) => (l.pillars[0]!.questions[0]!.riskRules[0]!.condition = 'no_such_choice'), /unknown choice/],
    ['a malformed condition', (l) => (l.pillars[0]!.questions[0]!.riskRules[0]!.condition += ' &&'), /ends too early/],
  ])('%s', (_name, change, message) => {
    const found = issues(broken(change));
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n')).toMatch(message);
  });
});

describe('risk rule conditions', () => {
  it('parses the documented example and lists the choices it names', () => {
    expect(parseCondition('((choice_1 || choice_2) && choice_3) || (!choice_1 && choice_3)')).toEqual({
      ids: ['choice_1', 'choice_2', 'choice_3', 'choice_1', 'choice_3'],
    });
  });

  it.each(['', 'a &&', '(a', 'a b', 'a & b', 'a || || b', ')'])('rejects %j', (condition) => {
    expect(parseCondition(condition)).toHaveProperty('error');
  });
});
