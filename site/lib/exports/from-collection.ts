/** The one place the exports touch `astro:content`: guides of a language as plain data, and the rule catalogue. */
import type { Locale } from '../../i18n/locales.ts';
import { guidesIn, guideSlug } from '../guides.ts';
import { rules, ruleText } from '../rules.ts';
import type { ExportGuide, ExportRule } from './common.ts';

/** Guides written in `locale` (no English stand-ins: a file in one language holds only that language). */
export async function exportGuides(locale: Locale): Promise<ExportGuide[]> {
  return (await guidesIn(locale)).map((entry) => ({ ...entry.data, slug: guideSlug(entry) }));
}

/** The rule catalogue, with rule titles in `locale` where a translation exists and in English otherwise. */
export function exportRules(locale: Locale): ExportRule[] {
  return rules.map((rule) => ({ id: rule.id, title: ruleText(rule, locale).title, severity: rule.severity, guide: rule.guide }));
}
