import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as parse } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { GuideFrontmatter } from '../../site/schemas/guide';

const guidesDir = new URL('../../site/content/guides/', import.meta.url).pathname;
const languages = readdirSync(guidesDir);

function frontmatter(lang: string, file: string) {
  const text = readFileSync(join(guidesDir, lang, file), 'utf8');
  const match = /^---\n([\s\S]*?)\n---/.exec(text);
  if (!match?.[1]) throw new Error(`${lang}/${file} has no frontmatter`);
  return GuideFrontmatter.parse(parse(match[1]));
}

describe('guide content', () => {
  it('exists in English and Simplified Chinese', () => {
    expect(languages.sort()).toEqual(['en', 'zh-cn']);
  });

  it.each(readdirSync(join(guidesDir, 'en')))('%s has a Chinese copy with the same id and pillar', (file) => {
    const english = frontmatter('en', file);
    const chinese = frontmatter('zh-cn', file);
    expect(english.lang).toBe('en');
    expect(chinese.lang).toBe('zh-cn');
    expect(chinese.id).toBe(english.id);
    expect(chinese.pillar).toBe(english.pillar);
    expect(chinese.checks).toEqual(english.checks);
  });
});
