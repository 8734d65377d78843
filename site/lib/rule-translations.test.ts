import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../checks/index.ts';
import { ruleTranslations } from './rule-translations.ts';

const cjk = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const ids = ruleCatalogue().map((rule) => rule.id);

/** The hash a translation stores in `checkedAgainst`: the English text it was written or re-checked against. */
function englishTextHash(rule: { title: string; rationale: string }): string {
  return createHash('sha256').update(`${rule.title}\n${rule.rationale}`).digest('hex').slice(0, 16);
}

describe('rule translations', () => {
  it.each(ids)('%s has a Chinese title and rationale', (id) => {
    const translation = ruleTranslations[id];
    expect(translation, `no translation for ${id}`).toBeDefined();
    expect(translation!.title).toMatch(cjk);
    expect(translation!.rationale).toMatch(cjk);
  });

  it.each(ruleCatalogue().map((rule) => [rule.id, rule]))(
    '%s: the Chinese text was re-checked against the current English text',
    (id, rule) => {
      const current = englishTextHash(rule);
      expect(
        ruleTranslations[id]?.checkedAgainst,
        `The English title or rationale of ${id} changed since its Chinese text was last checked. ` +
          `Re-read the Chinese in site/lib/rule-translations.ts against the new English, fix it, ` +
          `then set checkedAgainst: '${current}'.`,
      ).toBe(current);
    },
  );

  it('translates only rules that exist', () => {
    const known = new Set(ids);
    expect(Object.keys(ruleTranslations).filter((id) => !known.has(id))).toEqual([]);
  });
});
