/** `/data/best-practices.en.json` and `/data/best-practices.zh-cn.json`: every guide as data; see site/lib/exports. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { localeIds, type Locale } from '../../i18n/locales.ts';
import { bestPracticesJson } from '../../lib/exports/best-practices-json.ts';
import { exportGuides, exportRules } from '../../lib/exports/from-collection.ts';

export const getStaticPaths = (() => localeIds.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const locale = params['lang'] as Locale;
  const body = bestPracticesJson(await exportGuides(locale), exportRules(locale), { locale, generated: new Date() });
  return new Response(body, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
