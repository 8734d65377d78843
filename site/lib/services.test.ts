import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rules, serviceOfRule } from './rules';
import { serviceName, serviceNames } from './services';

const guidesDir = new URL('../content/guides/', import.meta.url);

/** The `services:` list of every guide's frontmatter, in every language. */
function guideServices(): string[] {
  const found = new Set<string>();
  for (const lang of readdirSync(guidesDir)) {
    for (const file of readdirSync(new URL(`${lang}/`, guidesDir))) {
      const text = readFileSync(new URL(`${lang}/${file}`, guidesDir), 'utf8');
      const list = /^services:\s*\[([^\]]*)\]/m.exec(text)?.[1] ?? /^services:\n((?:\s+- .*\n)+)/m.exec(text)?.[1] ?? '';
      for (const slug of list.split(/[,\n]/).map((item) =>
        item
          .replace(/^\s*-\s*/, '')
          .trim()
          .replace(/^['"]|['"]$/g, ''),
      )) {
        if (slug) found.add(slug);
      }
    }
  }
  return [...found];
}

describe('service display names', () => {
  it('names every service a guide or rule uses', () => {
    const slugs = new Set([...guideServices(), ...rules.map((rule) => serviceOfRule(rule.id))]);
    expect(slugs.size).toBeGreaterThan(10);
    const missing = [...slugs].filter((slug) => !(slug in serviceNames));
    expect(missing).toEqual([]);
  });

  it('shows the AWS names, not the slugs', () => {
    expect(serviceName('s3')).toBe('Amazon S3');
    expect(serviceName('elb')).toBe('Elastic Load Balancing');
  });

  it('refuses a slug without a name instead of showing it lowercase', () => {
    expect(() => serviceName('not-a-service')).toThrow(/site\/lib\/services\.ts/);
  });
});
