/** Static paths for pages that exist once per language under `[...locale]` (English has no prefix). */
import { localeIds, type Locale } from './locales';

export function localeParam(locale: Locale): string | undefined {
  return locale === 'en' ? undefined : locale;
}

export function localeStaticPaths() {
  return localeIds.map((locale) => ({ params: { locale: localeParam(locale) }, props: { locale } }));
}
