import { describe, expect, it } from 'vitest';
import { bestPracticesFile, bestPracticesJson } from './best-practices-json.ts';
import { realGuides, sampleGuide, sampleRules } from './fixtures.ts';

const generated = new Date('2026-12-01T08:30:00Z');

describe('best-practices JSON export', () => {
  it('publishes every frontmatter field, the slug, the absolute URL and the linked rules', () => {
    const file = bestPracticesFile([sampleGuide()], sampleRules, { locale: 'en', generated });
    expect(file).toMatchObject({ version: 1, language: 'en', generated: '2026-12-01T08:30:00.000Z' });
    expect(file.guides[0]).toEqual({
      id: 'SEC-01',
      kind: 'guide',
      title: 'Block public access to S3 buckets by default',
      pillar: 'security',
      services: ['s3'],
      risk: 'high',
      summary: 'Turn on all four S3 Block Public Access settings for every bucket.',
      desiredOutcome: sampleGuide().desiredOutcome,
      antiPatterns: sampleGuide().antiPatterns,
      benefits: sampleGuide().benefits,
      checks: ['AWS-S3-PUBLIC-ACL', 'AWS-S3-NOT-YET-A-RULE'],
      lastReviewed: '2026-11-20',
      slug: 's3-block-public-access',
      url: 'https://plumbline.dev/guides/s3-block-public-access/',
      rules: [
        {
          id: 'AWS-S3-PUBLIC-ACL',
          title: 'S3 buckets do not grant public access through a canned ACL',
          severity: 'critical',
          url: 'https://plumbline.dev/rules/AWS-S3-PUBLIC-ACL/',
        },
        {
          id: 'AWS-S3-PUBLIC-POLICY',
          title: 'S3 bucket policies do not allow access to everyone',
          severity: 'critical',
          url: 'https://plumbline.dev/rules/AWS-S3-PUBLIC-POLICY/',
        },
      ],
    });
  });

  it('uses the Chinese URL for the Chinese file and sorts guides by id', () => {
    const guides = [sampleGuide({ id: 'SEC-02', lang: 'zh-cn', slug: 'b' }), sampleGuide({ id: 'OPS-01', pillar: 'operations', lang: 'zh-cn', slug: 'a' })];
    const file = bestPracticesFile(guides, [], { locale: 'zh-cn', generated });
    expect(file.language).toBe('zh-cn');
    expect(file.guides.map((guide) => [guide.id, guide.url])).toEqual([
      ['OPS-01', 'https://plumbline.dev/zh-cn/guides/a/'],
      ['SEC-02', 'https://plumbline.dev/zh-cn/guides/b/'],
    ]);
  });

  it('refuses to mix languages in one file', () => {
    expect(() => bestPracticesFile([sampleGuide()], [], { locale: 'zh-cn', generated })).toThrow();
  });

  it.each(['en', 'zh-cn'] as const)('exports every real %s guide as parseable JSON', (locale) => {
    const guides = realGuides(locale);
    const parsed = JSON.parse(bestPracticesJson(guides, sampleRules, { locale, generated }));
    expect(parsed.guides).toHaveLength(guides.length);
    expect(parsed.guides.map((guide: { id: string }) => guide.id)).toEqual(guides.map((guide) => guide.id).sort());
    for (const guide of parsed.guides) {
      expect(guide.lastReviewed).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(guide.url).toMatch(locale === 'en' ? /^https:\/\/plumbline\.dev\/guides\/[a-z0-9-]+\/$/ : /^https:\/\/plumbline\.dev\/zh-cn\/guides\/[a-z0-9-]+\/$/);
    }
  });
});
