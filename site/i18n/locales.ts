/** The site's languages: URL prefix, BCP 47 tag for `<html lang>`, and the name shown in the switch. */
export const locales = {
  en: { prefix: '', htmlLang: 'en', label: 'English' },
  'zh-cn': { prefix: '/zh-cn', htmlLang: 'zh-CN', label: '简体中文' },
} as const;

export type Locale = keyof typeof locales;
export const localeIds = Object.keys(locales) as Locale[];

/** The locale a path belongs to: `/zh-cn/...` is Chinese, everything else English. */
export function localeOfPath(pathname: string): Locale {
  return pathname === '/zh-cn' || pathname.startsWith('/zh-cn/') ? 'zh-cn' : 'en';
}

/** Strip the locale prefix: `/zh-cn/guides/x/` → `/guides/x/`. */
export function pathWithoutLocale(pathname: string): string {
  const locale = localeOfPath(pathname);
  const rest = pathname.slice(locales[locale].prefix.length);
  return rest === '' ? '/' : rest;
}

/** The same page in another language: `/guides/x/` in zh-cn → `/zh-cn/guides/x/`. */
export function localizedPath(pathname: string, target: Locale): string {
  return locales[target].prefix + pathWithoutLocale(pathname);
}
