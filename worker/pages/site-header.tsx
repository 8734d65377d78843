/** @jsxImportSource hono/jsx */
/**
 * The site's header: brand, search, navigation and language switch. One component for every page, whether Astro
 * builds it (site/layouts/Base.astro renders it to HTML) or the Worker renders it (reports, requests, console);
 * its behaviour is `site/scripts/site-header.ts`, served to Worker pages as `/js/site-header.js`.
 */
// The pragma above: Astro type-checks this file with its own JSX settings when Base.astro imports it.
import { Pillar } from '../../checks/index.ts';
import { locales, localeIds, type Locale } from '../../site/i18n/locales.ts';
import { ui } from '../../site/i18n/ui.ts';

export interface SiteHeaderProps {
  locale: Locale;
  /**
   * This page in each language, by locale (the current one included). Without it the switch is left out: a page
   * with no translation offers none.
   */
  languageLinks?: Partial<Record<Locale, string>> | undefined;
}

/** The site's sections, in the order the header lists them. */
const navigation = [
  ['/guides/', 'navGuides'],
  ['/rules/', 'navRules'],
  ['/review/', 'navReview'],
  ['/pricing/', 'navPricing'],
] as const;

/** The script that gives the header its behaviour on pages the Worker renders (Astro bundles its own copy). */
export const siteHeaderScript = '/js/site-header.js';

function SearchDialog({ locale }: { locale: Locale }) {
  const t = ui[locale];
  const strings = {
    loading: t.searchLoading,
    noResults: t.searchNoResults('{query}'),
    noResultsHint: t.searchNoResultsHint,
    unavailable: t.searchUnavailable,
    resultsOne: t.searchResultsCount(1),
    resultsMany: t.searchResultsCount(2).replace('2', '{n}'),
    showing: t.searchShowing(1, 2).replace('1', '{shown}').replace('2', '{total}'),
  };
  // Values known when the page is rendered are listed in their natural order (Critical before High); services come from the index.
  const filters = [
    { name: 'pillar', label: t.filterPillar, values: Pillar.options.map((pillar) => t.pillars[pillar]) },
    { name: 'kind', label: t.filterKind, values: [t.kinds.guide, t.kinds.playbook, t.kinds.rule] },
    { name: 'risk', label: t.filterRisk, values: [t.riskLevels.critical, t.riskLevels.high, t.riskLevels.medium, t.riskLevels.low] },
    { name: 'service', label: t.filterService, values: [] },
  ];
  return (
    <>
      <button type="button" class="search-open" data-search-open aria-haspopup="dialog" aria-keyshortcuts="Control+K Meta+K">
        <svg aria-hidden="true" width="16" height="16" viewBox="0 0 16 16">
          <circle cx="7" cy="7" r="5" stroke="currentColor" stroke-width="2" fill="none" />
          <path d="M11 11l4 4" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
        </svg>
        <span>{t.searchOpen}</span> <kbd class="pointer-fine">{t.searchShortcut}</kbd>
      </button>
      <dialog class="search-dialog" aria-label={t.searchLabel} data-search-dialog data-strings={JSON.stringify(strings)}>
        <form method="dialog" class="search-form" role="search">
          <label for="search-input" class="visually-hidden">
            {t.searchLabel}
          </label>
          <input id="search-input" type="search" autocomplete="off" spellcheck={false} placeholder={t.searchPlaceholder} data-search-input />
          <button type="submit" class="search-close" data-search-close>
            {t.searchClose}
          </button>
        </form>
        <fieldset class="search-filters" data-search-filters>
          <legend class="visually-hidden">{t.searchLabel}</legend>
          {filters.map((filter) => (
            <label>
              {filter.label}
              <select data-search-filter={filter.name}>
                <option value="">{t.filterAll}</option>
                {filter.values.map((value) => (
                  <option value={value}>{value}</option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
        <p class="search-status" role="status" aria-live="polite" data-search-status></p>
        <div class="search-empty" data-search-empty hidden>
          <p class="search-empty-title" data-search-empty-title></p>
          <p>{t.searchNoResultsHint}</p>
        </div>
        <ol class="search-results" data-search-results></ol>
        <p class="search-more">
          <button type="button" class="button-secondary" data-search-more hidden>
            {t.searchShowMore}
          </button>
        </p>
      </dialog>
    </>
  );
}

/** Links to this page in every other language; the current one is marked, not linked. */
function LanguageSwitch({ locale, links }: { locale: Locale; links: Partial<Record<Locale, string>> }) {
  return (
    <nav class="language-switch" aria-label={ui[locale].languageLabel}>
      <ul>
        {localeIds.map((id) => {
          const href = links[id];
          if (id === locale) {
            return (
              <li>
                <span aria-current="true" lang={locales[id].htmlLang}>
                  {locales[id].label}
                </span>
              </li>
            );
          }
          return href === undefined ? null : (
            <li>
              <a href={href} hreflang={locales[id].htmlLang} lang={locales[id].htmlLang} data-language-switch={id}>
                {locales[id].label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

export function SiteHeader(props: SiteHeaderProps) {
  const t = ui[props.locale];
  const prefix = locales[props.locale].prefix;
  return (
    <header class="site-header">
      <a class="brand" href={`${prefix}/`}>
        {t.siteName}
      </a>
      <SearchDialog locale={props.locale} />
      {/* A disclosure, so the menu opens without JavaScript (with it, site-menu.ts puts a button in the summary's place); on wide screens the toggle is hidden and the panel always shows. */}
      <details class="site-menu" data-site-menu>
        <summary class="menu-toggle">
          <svg aria-hidden="true" width="20" height="20" viewBox="0 0 20 20">
            <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" stroke-width="2" stroke-linecap="round" fill="none" />
          </svg>
          <span>{t.menu}</span>
        </summary>
        <div class="site-menu-panel">
          <nav class="site-nav" aria-label={t.siteName}>
            <ul>
              {navigation.map(([path, label]) => (
                <li>
                  <a href={`${prefix}${path}`}>{t[label]}</a>
                </li>
              ))}
            </ul>
          </nav>
          {props.languageLinks && <LanguageSwitch locale={props.locale} links={props.languageLinks} />}
        </div>
      </details>
    </header>
  );
}

/** The header as HTML, for Astro's `set:html` (Astro cannot render this JSX itself). */
export async function siteHeaderHtml(props: SiteHeaderProps): Promise<string> {
  return (await SiteHeader(props)).toString();
}
