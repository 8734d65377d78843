/**
 * Plain data shared by the open-data exports: what a guide and a rule look like to them, absolute URLs,
 * and the guide → rule link. Nothing here reads `astro:content`, so the exports run (and are tested) in plain Node.
 */
import type { Pillar, RuleEntry } from '../../../checks/index.ts';
import { locales, type Locale } from '../../i18n/locales.ts';
import type { GuideFrontmatter } from '../../schemas/guide.ts';

/** Where the site is published; every URL in an export is absolute so the files work when downloaded. */
export const SITE_URL = 'https://plumbline.dev';

/** A guide as the exports see it: its frontmatter plus the language-independent slug. */
export type ExportGuide = GuideFrontmatter & { slug: string };

/** The part of a rule catalogue entry the exports publish. */
export type ExportRule = Pick<RuleEntry, 'id' | 'title' | 'severity' | 'guide'>;

/** The pillars in the order the site lists them. */
export const pillarOrder: readonly Pillar[] = ['security', 'reliability', 'performance', 'cost', 'operations', 'sustainability'];

function trimBase(baseUrl: string): string {
  return baseUrl.replace(/\/+$/, '');
}

/** `https://plumbline.dev/guides/<slug>/` or `https://plumbline.dev/zh-cn/guides/<slug>/` */
export function guideUrl(slug: string, locale: Locale, baseUrl = SITE_URL): string {
  return `${trimBase(baseUrl)}${locales[locale].prefix}/guides/${slug}/`;
}

/** `https://plumbline.dev/rules/<id>/` (rule pages are published once, in English). */
export function ruleUrl(id: string, baseUrl = SITE_URL): string {
  return `${trimBase(baseUrl)}/rules/${id}/`;
}

/** Absolute URL of a path on the site, e.g. `/data/` → `https://plumbline.dev/data/`. */
export function siteUrl(path: string, baseUrl = SITE_URL): string {
  return `${trimBase(baseUrl)}${path.startsWith('/') ? path : `/${path}`}`;
}

/** `YYYY-MM-DD` of a frontmatter date (js-yaml and zod both produce UTC midnight). */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Code-point order, so `SEC-02` < `SEC-10` and the result never depends on the build machine's locale. */
export function compareIds(a: { id: string }, b: { id: string }): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export function sortById<T extends { id: string }>(items: readonly T[]): T[] {
  return [...items].sort(compareIds);
}

/**
 * The catalogue rules that verify a guide: those the guide lists in `checks` and those whose `guide` points at it.
 * Ids in `checks` that the catalogue does not know yet stay in `checks` but have no entry here (no title, no page).
 */
export function rulesForGuide(guide: Pick<ExportGuide, 'slug' | 'checks'>, rules: readonly ExportRule[]): ExportRule[] {
  const listed = new Set(guide.checks);
  return sortById(rules.filter((rule) => listed.has(rule.id) || rule.guide === guide.slug));
}

/** Throws unless every guide is in the language being exported: mixing languages in one file is a caller bug. */
export function assertLanguage(guides: readonly Pick<ExportGuide, 'id' | 'lang'>[], locale: Locale): void {
  const stray = guides.find((guide) => guide.lang !== locale);
  if (stray) throw new Error(`guide ${stray.id} is in ${stray.lang}, not ${locale}`);
}

/** The pillars that have at least one guide, in site order. */
export function pillarsWithGuides(guides: readonly Pick<ExportGuide, 'pillar'>[]): Pillar[] {
  return pillarOrder.filter((pillar) => guides.some((guide) => guide.pillar === pillar));
}

/** The guides of one pillar, sorted by id. */
export function guidesOfPillar<T extends Pick<ExportGuide, 'id' | 'pillar'>>(guides: readonly T[], pillar: Pillar): T[] {
  return sortById(guides.filter((guide) => guide.pillar === pillar));
}
