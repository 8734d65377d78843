/**
 * `/data/best-practices.<lang>.csv`: one row per guide, RFC 4180 (CRLF line ends, fields quoted only when they hold a
 * comma, a quote or a line break, quotes doubled), UTF-8 with a byte order mark so Excel reads the Chinese correctly.
 */
import type { Locale } from '../../i18n/locales.ts';
import { SITE_URL, assertLanguage, guideUrl, isoDay, sortById, type ExportGuide } from './common.ts';

export const BOM = '\uFEFF';
export const CRLF = '\r\n';
/** How list fields (services, anti-patterns, benefits, checks) are joined into one cell. */
export const LIST_SEPARATOR = '; ';

export const csvColumns = ['id', 'kind', 'title', 'pillar', 'services', 'risk', 'summary', 'desired_outcome', 'anti_patterns', 'benefits', 'checks', 'last_reviewed', 'url'] as const;

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Records to CSV text: CRLF after every record, including the last. No BOM; see `bestPracticesCsv`. */
export function csvRecords(records: readonly (readonly string[])[]): string {
  return records.map((record) => record.map(csvField).join(',') + CRLF).join('');
}

export function csvRow(guide: ExportGuide, locale: Locale, baseUrl = SITE_URL): string[] {
  return [
    guide.id,
    guide.kind,
    guide.title,
    guide.pillar,
    guide.services.join(LIST_SEPARATOR),
    guide.risk,
    guide.summary,
    guide.desiredOutcome,
    guide.antiPatterns.join(LIST_SEPARATOR),
    guide.benefits.join(LIST_SEPARATOR),
    guide.checks.join(LIST_SEPARATOR),
    isoDay(guide.lastReviewed),
    guideUrl(guide.slug, locale, baseUrl),
  ];
}

export function bestPracticesCsv(guides: readonly ExportGuide[], options: { locale: Locale; baseUrl?: string }): string {
  assertLanguage(guides, options.locale);
  const rows = sortById(guides).map((guide) => csvRow(guide, options.locale, options.baseUrl));
  return BOM + csvRecords([[...csvColumns], ...rows]);
}
