/** The frame of every page the Worker renders for people: head, skip link, header with language switch. */
import type { Child } from 'hono/jsx';
import type { Language } from '../schemas/requests.ts';

export interface ShellProps {
  language: Language;
  title: string;
  /** The same page in the other language, when there is one. */
  alternate?: string | undefined;
  /** Extra navigation shown in the header (the console's menu). */
  nav?: Child;
  /** Extra stylesheets, served from /styles/. */
  styles?: string[];
  /** Page scripts, served from /js/ (the CSP allows nothing inline). */
  scripts?: string[];
  children?: Child;
}

const shellText = {
  en: { skip: 'Skip to content', home: 'Plumbline', other: '简体中文', otherLang: 'zh-CN', menu: 'Site' },
  'zh-cn': { skip: '跳到正文', home: 'Plumbline', other: 'English', otherLang: 'en', menu: '网站导航' },
} as const;

export function Shell(props: ShellProps) {
  const t = shellText[props.language];
  const prefix = props.language === 'zh-cn' ? '/zh-cn' : '';
  return (
    <html lang={props.language === 'zh-cn' ? 'zh-CN' : 'en'}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <meta name="color-scheme" content="light dark" />
        <title>{`${props.title} · Plumbline`}</title>
        <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/styles/site.css" />
        <link rel="stylesheet" href="/styles/service.css" />
        {(props.styles ?? []).map((href) => (
          <link rel="stylesheet" href={href} />
        ))}
        {(props.scripts ?? []).map((src) => (
          <script type="module" src={src}></script>
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          {t.skip}
        </a>
        <header class="site-header">
          <a class="brand" href={`${prefix}/`}>
            {t.home}
          </a>
          {props.nav}
          {props.alternate && (
            <nav class="language-switch" aria-label={props.language === 'zh-cn' ? '语言' : 'Language'}>
              <a href={props.alternate} hreflang={t.otherLang} lang={t.otherLang}>
                {t.other}
              </a>
            </nav>
          )}
        </header>
        <main id="main">{props.children}</main>
      </body>
    </html>
  );
}

/** Renders a page component to a complete HTML document. */
export async function htmlDocument(page: ReturnType<typeof Shell>): Promise<string> {
  return `<!doctype html>${await page.toString()}`;
}
