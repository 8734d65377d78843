/** Client side of the search dialog: lazy-loads Pagefind, debounces queries, pages through results, renders them safely. */
import { excerptParts, isRelevant, queryTerms, type QueryTerms } from './search-relevance';

interface PagefindData {
  url: string;
  excerpt: string;
  content: string;
  meta: { title?: string };
}
interface PagefindResult {
  data(): Promise<PagefindData>;
}
interface Pagefind {
  debouncedSearch(term: string, options?: { filters?: Record<string, string> }, ms?: number): Promise<{ results: PagefindResult[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  options(options: { noWorker?: boolean }): Promise<void>;
}

interface SearchStrings {
  loading: string;
  noResults: string;
  unavailable: string;
  resultsOne: string;
  resultsMany: string;
  showing: string;
}

/** Results are fetched and shown ten at a time: each one costs a request for its fragment. */
const pageSize = 10;
let pagefindPromise: Promise<Pagefind> | undefined;

function loadPagefind(): Promise<Pagefind> {
  // The URL is built at run time so the bundler leaves the import alone: the index exists only after `pagefind` runs.
  const url = '/pagefind/pagefind.js';
  pagefindPromise ??= (import(/* @vite-ignore */ url) as Promise<Pagefind>).then(async (pagefind) => {
    // One search index is small; running it on the main thread saves downloading a second copy of the engine for a worker.
    await pagefind.options({ noWorker: true });
    return pagefind;
  });
  return pagefindPromise;
}

function excerptToFragment(excerpt: string, terms: QueryTerms): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const part of excerptParts(excerpt, terms)) {
    if (part.marked) {
      const mark = document.createElement('mark');
      mark.textContent = part.text;
      fragment.append(mark);
    } else {
      fragment.append(part.text);
    }
  }
  return fragment;
}

function resultItem(result: PagefindData, terms: QueryTerms): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  excerpt.append(excerptToFragment(result.excerpt, terms));
  item.append(link, excerpt);
  return item;
}

export function setupSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const openButton = document.querySelector<HTMLButtonElement>('[data-search-open]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const empty = document.querySelector<HTMLElement>('[data-search-empty]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  const more = document.querySelector<HTMLButtonElement>('[data-search-more]');
  if (!dialog || !openButton || !input || !status || !empty || !list || !more) return;
  const strings = JSON.parse(dialog.dataset['strings'] ?? '{}') as SearchStrings;
  const selects = [...dialog.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
  let generation = 0;
  let filtersLoaded = false;
  /** The current search: Pagefind's ranked results, how far they have been read, and how many proved irrelevant. */
  let current: { query: string; terms: QueryTerms; results: PagefindResult[]; read: number; dropped: number; shown: number } | undefined;

  /** Services come from the index itself, so the menu offers only those that exist in this language. */
  const loadFilters = async (pagefind: Pagefind) => {
    if (filtersLoaded) return;
    filtersLoaded = true;
    const available = await pagefind.filters();
    for (const select of selects) {
      if (select.options.length > 1) continue;
      const values = Object.keys(available[select.dataset['searchFilter'] ?? ''] ?? {}).sort((a, b) => a.localeCompare(b));
      select.append(...values.map((value) => new Option(value, value)));
    }
  };
  const activeFilters = () => {
    const filters: Record<string, string> = {};
    for (const select of selects) if (select.value) filters[select.dataset['searchFilter']!] = select.value;
    return filters;
  };

  const open = () => {
    if (!dialog.open) dialog.showModal();
    input.focus();
    input.select();
    loadPagefind()
      .then(loadFilters)
      .catch(() => (status.textContent = strings.unavailable));
  };

  openButton.addEventListener('click', open);
  document.addEventListener('keydown', (event) => {
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
      event.preventDefault();
      open();
    }
  });
  // A click on the backdrop (outside the dialog box) closes it, as users expect of a modal.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });

  const showStatus = () => {
    if (!current) return;
    const total = current.results.length - current.dropped;
    const exhausted = current.read >= current.results.length;
    const nothing = current.shown === 0 && exhausted;
    empty.hidden = !nothing;
    status.classList.toggle('is-empty', nothing);
    more.hidden = exhausted;
    if (nothing) status.textContent = strings.noResults.replace('{query}', current.query);
    else if (!exhausted) status.textContent = strings.showing.replace('{shown}', String(current.shown)).replace('{total}', String(total));
    else status.textContent = total === 1 ? strings.resultsOne : strings.resultsMany.replace('{n}', String(total));
  };

  /**
   * Reads the next page of results and shows those that contain the query. Pagefind ranks its prefix guesses last,
   * so a page with nothing relevant in it ends the list rather than showing guesses.
   */
  const readPage = async (search: NonNullable<typeof current>, token: number) => {
    const batch = search.results.slice(search.read, search.read + pageSize);
    const data = await Promise.all(batch.map((result) => result.data()));
    if (token !== generation) return;
    search.read += batch.length;
    const relevant = data.filter((result) => isRelevant(result.content, search.terms));
    search.dropped += batch.length - relevant.length;
    if (relevant.length === 0) {
      search.dropped += search.results.length - search.read;
      search.read = search.results.length;
    }
    search.shown += relevant.length;
    list.append(...relevant.map((result) => resultItem(result, search.terms)));
    showStatus();
  };

  const runSearch = async () => {
    const query = input.value.trim();
    const token = ++generation;
    if (!query) {
      current = undefined;
      list.replaceChildren();
      status.textContent = '';
      status.classList.remove('is-empty');
      empty.hidden = true;
      more.hidden = true;
      return;
    }
    status.textContent = strings.loading;
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.debouncedSearch(query, { filters: activeFilters() }, 150);
      if (search === null || token !== generation) return; // superseded by a newer keystroke
      current = { query, terms: queryTerms(query), results: search.results, read: 0, dropped: 0, shown: 0 };
      list.replaceChildren();
      await readPage(current, token);
    } catch {
      if (token === generation) status.textContent = strings.unavailable;
    }
  };

  more.addEventListener('click', async () => {
    if (!current) return;
    const firstNew = current.shown;
    const token = generation;
    more.disabled = true;
    try {
      await readPage(current, token);
      // Keyboard users continue where the new results start instead of at the top of the dialog.
      list.querySelectorAll('a')[firstNew]?.focus();
    } catch {
      status.textContent = strings.unavailable;
    } finally {
      more.disabled = false;
    }
  });
  input.addEventListener('input', runSearch);
  for (const select of selects) select.addEventListener('change', runSearch);
}
