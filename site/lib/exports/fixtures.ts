/** Test data for the export tests: small hand-made guides, and the real guide frontmatter read with js-yaml. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import type { Locale } from '../../i18n/locales.ts';
import { GuideFrontmatter } from '../../schemas/guide.ts';
import type { ExportGuide, ExportRule } from './common.ts';

const guidesDir = new URL('../../content/guides/', import.meta.url).pathname;

/** Every guide of a language from `site/content/guides/<lang>/*.mdx`, validated by the collection's schema. */
export function realGuides(locale: Locale): ExportGuide[] {
  const dir = join(guidesDir, locale);
  return readdirSync(dir)
    .filter((file) => file.endsWith('.mdx'))
    .map((file) => {
      const text = readFileSync(join(dir, file), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
      if (!match?.[1]) throw new Error(`${locale}/${file} has no frontmatter`);
      return { ...GuideFrontmatter.parse(load(match[1])), slug: file.replace(/\.mdx$/, '') };
    });
}

export function sampleGuide(overrides: Partial<ExportGuide> = {}): ExportGuide {
  return {
    id: 'SEC-01',
    kind: 'guide',
    title: 'Block public access to S3 buckets by default',
    pillar: 'security',
    services: ['s3'],
    risk: 'high',
    summary: 'Turn on all four S3 Block Public Access settings for every bucket.',
    desiredOutcome: 'No bucket can become public by accident, and the few public objects are served through a front door you chose.',
    antiPatterns: ['Setting a bucket ACL to public-read, "just for now".', 'Turning Block Public Access off for the whole account.'],
    benefits: ['Removes the most common cause of data leaks, by far.', 'Makes intent visible in code review.'],
    checks: ['AWS-S3-PUBLIC-ACL', 'AWS-S3-NOT-YET-A-RULE'],
    lastReviewed: new Date('2026-11-20T00:00:00Z'),
    lang: 'en',
    slug: 's3-block-public-access',
    ...overrides,
  };
}

export const sampleRules: ExportRule[] = [
  { id: 'AWS-S3-PUBLIC-POLICY', title: 'S3 bucket policies do not allow access to everyone', severity: 'critical', guide: 's3-block-public-access' },
  { id: 'AWS-S3-PUBLIC-ACL', title: 'S3 buckets do not grant public access through a canned ACL', severity: 'critical', guide: 's3-block-public-access' },
  { id: 'AWS-RDS-ENCRYPTION', title: 'RDS instances and clusters encrypt their storage', severity: 'high', guide: 'encrypt-data-at-rest' },
];
