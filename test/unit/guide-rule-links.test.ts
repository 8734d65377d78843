/** Every guide lists exactly the rules that name it, and every rule names a guide that exists, in both languages. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { allRules } from '../../checks/index.ts';

const guidesDir = new URL('../../site/content/guides/', import.meta.url).pathname;

function checksOf(lang: string, slug: string): string[] {
  const text = readFileSync(join(guidesDir, lang, `${slug}.mdx`), 'utf8');
  const frontmatter = load(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { checks?: string[] };
  return [...(frontmatter.checks ?? [])].sort();
}

describe('guides and rules link both ways', () => {
  it.each(allRules.map((rule) => [rule.id, rule.guide]))('%s names an existing guide (%s) in both languages', (_, guide) => {
    expect(existsSync(join(guidesDir, 'en', `${guide}.mdx`))).toBe(true);
    expect(existsSync(join(guidesDir, 'zh-cn', `${guide}.mdx`))).toBe(true);
  });

  it.each(readdirSync(join(guidesDir, 'en')).map((file) => file.replace(/\.mdx$/, '')))('%s lists exactly the rules that name it', (slug) => {
    const naming = allRules
      .filter((rule) => rule.guide === slug)
      .map((rule) => rule.id)
      .sort();
    expect(checksOf('en', slug)).toEqual(naming);
    expect(checksOf('zh-cn', slug)).toEqual(naming);
  });
});
