/**
 * Every rule speaks Chinese: title, problem, rationale, every message template and every note of its fixes,
 * re-checked whenever the English changes (checkedAgainst), with the same placeholders, full-width punctuation
 * and nothing left in English.
 */
import { describe, expect, it } from 'vitest';
import { allRules } from './index.ts';
import { placeholdersOf } from './message.ts';
import type { Rule } from './rule.ts';
import { englishFixNotes, englishTextHash, englishTextOf, type RuleTranslation } from './translate.ts';
import { ruleTranslations } from './translations.ts';
import { phrases } from './phrases.ts';

const cjk = /[\u3400-\u4dbf\u4e00-\u9fff]/;
/** ASCII punctuation touching a Chinese character: Chinese text takes the full-width forms (，；：（）？！). */
const halfWidthNextToChinese = /[\u4e00-\u9fff][,;:?!()]|[,;:?!()][\u4e00-\u9fff]/;
/** What a reader sees as prose: without placeholders and code spans. */
const prose = (template: string) => template.replace(/\{[A-Za-z0-9]+\}/g, ' ').replace(/`[^`]*`/g, ' ');
/** Runs of three English words: a sign of a sentence left untranslated. */
const englishRuns = (text: string) => [...prose(text).matchAll(/\b[a-z]{2,}(?:\s+[a-z]{2,}){2}\b/gi)].map((match) => match[0]);

const zhCn = ruleTranslations['zh-cn'];
const cases = allRules.map((rule) => [rule.id, rule, zhCn.get(rule.id)] as [string, Rule, RuleTranslation | undefined]);

describe.each(cases)('%s in Chinese', (id, rule, translation) => {
  it('is translated, and re-checked against the current English', () => {
    const current = englishTextHash(rule);
    expect(translation, `no zh-cn.ts beside the rule ${id}`).toBeDefined();
    expect(
      translation!.checkedAgainst,
      `The English of ${id} changed since its Chinese was last checked. Re-read zh-cn.ts beside the rule against the new English, fix it, then set checkedAgainst: '${current}'.`,
    ).toBe(current);
  });

  it('has a Chinese title, problem and rationale in full-width punctuation', () => {
    for (const text of [translation!.title, translation!.problem, translation!.rationale]) {
      expect(text).toMatch(cjk);
      expect(prose(text)).not.toMatch(halfWidthNextToChinese);
    }
  });

  it.each(Object.keys(rule.messages))('translates the message %s with the same placeholders', (key) => {
    const english = rule.messages[key]!;
    const chinese = translation!.messages[key]!;
    expect(chinese, english).toMatch(cjk);
    expect(placeholdersOf(chinese).sort()).toEqual(placeholdersOf(english).sort());
    expect(englishRuns(chinese), chinese).toEqual([]);
    expect(prose(chinese), chinese).not.toMatch(halfWidthNextToChinese);
  });

  it('translates every note of its fixes, and only those', () => {
    const notes = englishFixNotes(rule);
    expect(Object.keys(translation!.fixNotes).sort()).toEqual([...notes].sort());
    for (const note of notes) {
      const chinese = translation!.fixNotes[note]!;
      // A note that is only code (`default_action { ... }`) stays as it is.
      if (chinese === note) expect(note, 'a note in English words needs a translation').not.toMatch(/\b[a-z]{2,} [a-z]{2,}\b/);
      else expect(chinese, note).toMatch(cjk);
    }
  });
});

describe('rule translations', () => {
  it('translate only rules that exist', () => {
    const known = new Set(allRules.map((rule) => rule.id));
    expect([...zhCn.keys()].filter((id) => !known.has(id))).toEqual([]);
  });

  it('name things with phrases that keep their placeholders in Chinese', () => {
    for (const [id, english] of Object.entries(phrases.en)) {
      const chinese = phrases['zh-cn'][id]!;
      expect(placeholdersOf(chinese).sort(), id).toEqual(placeholdersOf(english).sort());
      expect(englishRuns(chinese), id).toEqual([]);
    }
  });
});

describe('the check that a translation follows its English', () => {
  const rule = allRules.find((candidate) => candidate.id === 'AWS-S3-PUBLIC-ACL')!;
  const changed = (edit: Partial<Rule>) => englishTextHash({ ...rule, ...edit });

  it.each([
    ['title', { title: `${rule.title}!` }],
    ['problem', { problem: `${rule.problem}!` }],
    ['rationale', { rationale: `${rule.rationale} More.` }],
    ['a message', { messages: { ...rule.messages, publicAcl: `${rule.messages['publicAcl']} now` } }],
    ['a new message', { messages: { ...rule.messages, another: 'bucket {bucket} is another case' } }],
    ['a note of a fix', { fix: { ...rule.fix, cloudformation: rule.fix.cloudformation!.replace('ACLs off entirely', 'ACLs off') } }],
  ])('fails when the %s changes', (_, edit) => {
    expect(changed(edit as Partial<Rule>)).not.toBe(englishTextHash(rule));
  });

  it('does not fail when only the code of a fix changes', () => {
    expect(changed({ fix: { ...rule.fix, cloudformation: rule.fix.cloudformation!.replace('BucketOwnerEnforced', 'BucketOwnerPreferred') } })).toBe(englishTextHash(rule));
  });

  it('covers each note once, whichever format it appears in', () => {
    expect(
      englishTextOf(rule)
        .split('\n')
        .filter((line) => line === 'No AccessControl; ACLs off entirely:'),
    ).toHaveLength(1);
  });
});
