/** The frame of every page the Worker renders for people: head, skip link and the site's own header. */
import type { Child } from 'hono/jsx';
import type { Language } from '../schemas/requests.ts';
import { ui } from '../../site/i18n/ui.ts';
import { SiteHeader, siteHeaderScript } from './site-header.tsx';

export interface ShellProps {
  language: Language;
  title: string;
  /** The same page in the other language, when there is one. */
  alternate?: string | undefined;
  /** Navigation of the page's own, shown under the site's header (the console's menu). */
  nav?: Child;
  /** Extra stylesheets, served from /styles/. */
  styles?: string[];
  /** Page scripts, served from /js/ (the CSP allows nothing inline). */
  scripts?: string[];
  children?: Child;
}

/** The header's language links for a page whose other-language URL is known. */
function languageLinks(language: Language, alternate: string | undefined): Partial<Record<Language, string>> | undefined {
  return alternate === undefined ? undefined : { [language === 'zh-cn' ? 'en' : 'zh-cn']: alternate };
}

export function Shell(props: ShellProps) {
  return (
    <html lang={props.language === 'zh-cn' ? 'zh-CN' : 'en'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <meta name="color-scheme" content="light dark" />
        <title>{`${props.title} · Plumbline`}</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/styles/tokens.css" />
        <link rel="stylesheet" href="/styles/site.css" />
        <link rel="stylesheet" href="/styles/service.css" />
        {(props.styles ?? []).map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        {[siteHeaderScript, ...(props.scripts ?? [])].map((src) => (
          <script type="module" src={src}></script>
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {ui[props.language].skipToContent}
        </a>
        <SiteHeader locale={props.language} languageLinks={languageLinks(props.language, props.alternate)} />
        {props.nav && <div class="page-nav">{props.nav}</div>}
        <main id="main">{props.children}</main>
      </body>
    </html>
  );
}

/** Renders a page component to a complete HTML document. */
export async function htmlDocument(page: ReturnType<typeof Shell>): Promise<string> {
  return `<!doctype html>${await page.toString()}`;
}
