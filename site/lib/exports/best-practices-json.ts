/** `/data/best-practices.<lang>.json`: every guide's frontmatter, its URL and the rules that check it. */
import type { Locale } from '../../i18n/locales.ts';
import { SITE_URL, assertLanguage, guideUrl, isoDay, ruleUrl, rulesForGuide, sortById, type ExportGuide, type ExportRule } from './common.ts';

export interface BestPracticeRule {
  id: string;
  title: string;
  severity: ExportRule['severity'];
  url: string;
}

export interface BestPractice {
  id: string;
  kind: ExportGuide['kind'];
  title: string;
  pillar: ExportGuide['pillar'];
  services: string[];
  risk: ExportGuide['risk'];
  summary: string;
  desiredOutcome: string;
  antiPatterns: string[];
  benefits: string[];
  /** Rule ids from the frontmatter, including rules not yet in the catalogue. */
  checks: string[];
  /** `YYYY-MM-DD` */
  lastReviewed: string;
  slug: string;
  url: string;
  /** The catalogue rules that verify the guide, sorted by id. */
  rules: BestPracticeRule[];
}

export interface BestPracticesFile {
  version: 1;
  language: Locale;
  /** ISO 8601 time of the build. */
  generated: string;
  guides: BestPractice[];
}

export interface ExportOptions {
  locale: Locale;
  generated: Date;
  baseUrl?: string;
}

export function bestPractice(guide: ExportGuide, rules: readonly ExportRule[], locale: Locale, baseUrl = SITE_URL): BestPractice {
  return {
    id: guide.id,
    kind: guide.kind,
    title: guide.title,
    pillar: guide.pillar,
    services: [...guide.services],
    risk: guide.risk,
    summary: guide.summary,
    desiredOutcome: guide.desiredOutcome,
    antiPatterns: [...guide.antiPatterns],
    benefits: [...guide.benefits],
    checks: [...guide.checks],
    lastReviewed: isoDay(guide.lastReviewed),
    slug: guide.slug,
    url: guideUrl(guide.slug, locale, baseUrl),
    rules: rulesForGuide(guide, rules).map((rule) => ({
      id: rule.id,
      title: rule.title,
      severity: rule.severity,
      url: ruleUrl(rule.id, baseUrl),
    })),
  };
}

export function bestPracticesFile(guides: readonly ExportGuide[], rules: readonly ExportRule[], options: ExportOptions): BestPracticesFile {
  assertLanguage(guides, options.locale);
  return {
    version: 1,
    language: options.locale,
    generated: options.generated.toISOString(),
    guides: sortById(guides).map((guide) => bestPractice(guide, rules, options.locale, options.baseUrl)),
  };
}

export function bestPracticesJson(guides: readonly ExportGuide[], rules: readonly ExportRule[], options: ExportOptions): string {
  return `${JSON.stringify(bestPracticesFile(guides, rules, options), null, 2)}\n`;
}
