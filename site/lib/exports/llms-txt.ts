/**
 * `/llms.txt` (https://llmstxt.org): an H1 with the site name, a blockquote summary, a short paragraph, then H2 sections
 * of `- [Title](url): summary` links: the guides, one section per pillar, then the data exports and the rules.
 */
import { SITE_URL, assertLanguage, guideUrl, guidesOfPillar, pillarsWithGuides, siteUrl, type ExportGuide } from './common.ts';
import { exportStrings } from './strings.ts';

/** Markdown link text must not end the link early; summaries are single lines. */
function linkText(text: string): string {
  return text.replace(/([[\]\\])/g, '\\$1');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function llmsTxt(guides: readonly ExportGuide[], options: { baseUrl?: string } = {}): string {
  assertLanguage(guides, 'en');
  const base = options.baseUrl ?? SITE_URL;
  const names = exportStrings.en.pillars;
  const lines: string[] = [
    '# Plumbline',
    '',
    '> Plumbline publishes free, original guides to the six AWS Well-Architected pillars, automated checks that find the same problems in CloudFormation, Terraform, Kubernetes and Compose files, and paid reviews by engineers.',
    '',
    `Every guide explains one best practice: why it matters, what good looks like, common anti-patterns, and how to put it in place in infrastructure code. Guides exist in English and Simplified Chinese (under ${siteUrl('/zh-cn/guides/', base)}). Guide content is licensed CC BY 4.0.`,
  ];
  for (const pillar of pillarsWithGuides(guides)) {
    lines.push('', `## Guides: ${names[pillar]}`, '');
    for (const guide of guidesOfPillar(guides, pillar)) {
      lines.push(`- [${linkText(guide.title)}](${guideUrl(guide.slug, 'en', base)}): ${oneLine(guide.summary)}`);
    }
  }
  lines.push(
    '',
    '## Data',
    '',
    `- [Open data](${siteUrl('/data/', base)}): what each export contains, and the licence`,
    `- [Best practices, JSON, English](${siteUrl('/data/best-practices.en.json', base)}): every guide's frontmatter, URL and checking rules`,
    `- [Best practices, JSON, Simplified Chinese](${siteUrl('/data/best-practices.zh-cn.json', base)}): the same in Chinese`,
    `- [Best practices, CSV, English](${siteUrl('/data/best-practices.en.csv', base)}): one row per guide`,
    `- [Best practices, CSV, Simplified Chinese](${siteUrl('/data/best-practices.zh-cn.csv', base)}): one row per guide, in Chinese`,
    `- [AWS Well-Architected Tool custom lens](${siteUrl('/data/plumbline-lens.json', base)}): the guides as questions for a Well-Architected review`,
    '',
    '## Rules',
    '',
    `- [Rule list](${siteUrl('/rules/', base)}): every automated check, its severity, and the guide it belongs to`,
    `- [Check report schema](${siteUrl('/schemas/report-v1.json', base)}): JSON Schema of the report the checks produce`,
    '',
  );
  return lines.join('\n');
}
