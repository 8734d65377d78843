import { describe, expect, it } from 'vitest';
import { ruleCatalogue } from '../../checks/rules/catalogue.ts';
import { ruleTranslations } from './rule-translations.ts';

const cjk = /[\u3400-\u4dbf\u4e00-\u9fff]/;
const ids = ruleCatalogue().map((rule) => rule.id);

describe('rule translations', () => {
  it.each(ids)('%s has a Chinese title and rationale', (id) => {
    const translation = ruleTranslations[id];
    expect(translation, `no translation for ${id}`).toBeDefined();
    expect(translation!.title).toMatch(cjk);
    expect(translation!.rationale).toMatch(cjk);
  });

  it('translates only rules that exist', () => {
    const known = new Set(ids);
    expect(Object.keys(ruleTranslations).filter((id) => !known.has(id))).toEqual([]);
  });
});
