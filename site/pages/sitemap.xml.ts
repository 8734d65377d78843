/** sitemap.xml with an hreflang alternate for every page in every language. */
import type { APIContext } from 'astro';
import { Pillar } from '../../checks/index.ts';
import { localeIds, locales } from '../i18n/locales';
import { guidesFor } from '../lib/guides';
import { rules, serviceOfRule } from '../lib/rules';

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Paths (without language prefix) of every page that exists in every language. */
export async function sitemapPaths(): Promise<string[]> {
  const guides = await guidesFor('en');
  const services = [...new Set([...guides.flatMap((guide) => guide.entry.data.services), ...rules.map((rule) => serviceOfRule(rule.id))])].sort();
  return [
    '/',
    '/guides/',
    ...guides.map((guide) => `/guides/${guide.slug}/`),
    ...Pillar.options.map((pillar) => `/pillars/${pillar}/`),
    ...services.map((service) => `/services/${service}/`),
    '/rules/',
    ...rules.map((rule) => `/rules/${rule.id}/`),
    '/pricing/',
    '/review/',
    '/data/',
    ...Pillar.options.map((pillar) => `/guides/pillar/${pillar}/print/`),
  ];
}

export async function GET({ site }: APIContext) {
  const base = site ?? new URL('https://plumbline.dev');
  const entries = (await sitemapPaths()).flatMap((path) =>
    localeIds.map((locale) => {
      const alternates = localeIds
        .map((other) => `    <xhtml:link rel="alternate" hreflang="${locales[other].htmlLang}" href="${escapeXml(new URL(locales[other].prefix + path, base).href)}"/>`)
        .join('\n');
      return `  <url>\n    <loc>${escapeXml(new URL(locales[locale].prefix + path, base).href)}</loc>\n${alternates}\n  </url>`;
    }),
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${entries.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml' } });
}
