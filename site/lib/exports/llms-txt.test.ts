import { describe, expect, it } from 'vitest';
import { realGuides, sampleGuide } from './fixtures.ts';
import { llmsTxt } from './llms-txt.ts';

describe('llms.txt', () => {
  it('follows the llmstxt.org layout: H1, blockquote summary, then H2 link sections', () => {
    const text = llmsTxt([sampleGuide(), sampleGuide({ id: 'REL-01', pillar: 'reliability', title: 'Keep [backups]', slug: 'backups' })]);
    const lines = text.split('\n');
    expect(lines[0]).toBe('# Plumbline');
    expect(lines[2]).toMatch(/^> \S/);
    expect(lines.filter((line) => line.startsWith('## '))).toEqual(['## Guides: Security', '## Guides: Reliability', '## Data', '## Rules']);
    expect(text).toContain(
      '- [Block public access to S3 buckets by default](https://plumbline.dev/guides/s3-block-public-access/): Turn on all four S3 Block Public Access settings for every bucket.',
    );
    expect(text).toContain('- [Keep \\[backups\\]](https://plumbline.dev/guides/backups/)');
    for (const file of ['best-practices.en.json', 'best-practices.zh-cn.json', 'best-practices.en.csv', 'best-practices.zh-cn.csv', 'plumbline-lens.json']) {
      expect(text).toContain(`(https://plumbline.dev/data/${file})`);
    }
    expect(text).toContain('(https://plumbline.dev/rules/)');
  });

  it('lists every real English guide once, each on one line', () => {
    const guides = realGuides('en');
    const text = llmsTxt(guides);
    for (const guide of guides) {
      const lines = text.split('\n').filter((line) => line.includes(`(https://plumbline.dev/guides/${guide.slug}/)`));
      expect(lines).toHaveLength(1);
    }
  });
});
