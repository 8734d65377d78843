/** `/data/best-practices.en.csv` and `/data/best-practices.zh-cn.csv`: one row per guide; see site/lib/exports. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeIds, type Locale } from '../../i18n/locales.ts';
import { bestPracticesCsv } from '../../lib/exports/best-practices-csv.ts';
import { exportGuides } from '../../lib/exports/from-collection.ts';

export const getStaticPaths = (() => localeIds.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params['lang'] as Locale;
  const body = bestPracticesCsv(await exportGuides(locale), { locale });
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
