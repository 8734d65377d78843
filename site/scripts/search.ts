/** Client side of the search dialog: lazy-loads Pagefind, debounces queries, renders results safely. */

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
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
  all: string;
}

const maxResults = 10;
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

/** Pagefind excerpts contain only `<mark>` around hits; keep those and escape everything else. */
function excerptToFragment(excerpt: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const [index, part] of excerpt.split(/<\/?mark>/).entries()) {
    const text = document.createTextNode(part.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
    if (index % 2 === 1) {
      const mark = document.createElement('mark');
      mark.append(text);
      fragment.append(mark);
    } else {
      fragment.append(text);
    }
  }
  return fragment;
}

export function setupSearchDialog(): void {
  const dialog = document.querySelector<HTMLDialogElement>('[data-search-dialog]');
  const openButton = document.querySelector<HTMLButtonElement>('[data-search-open]');
  const input = document.querySelector<HTMLInputElement>('[data-search-input]');
  const status = document.querySelector<HTMLElement>('[data-search-status]');
  const list = document.querySelector<HTMLOListElement>('[data-search-results]');
  if (!dialog || !openButton || !input || !status || !list) return;
  const strings = JSON.parse(dialog.dataset['strings'] ?? '{}') as SearchStrings;
  const selects = [...dialog.querySelectorAll<HTMLSelectElement>('[data-search-filter]')];
  let latestQuery = '';
  let filtersLoaded = false;

  /** Fills the filter menus from the index itself, so they only offer values that exist in this language. */
  const loadFilters = async (pagefind: Pagefind) => {
    if (filtersLoaded) return;
    filtersLoaded = true;
    const available = await pagefind.filters();
    for (const select of selects) {
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

  const runSearch = async () => {
    const query = input.value.trim();
    latestQuery = query;
    if (!query) {
      list.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = strings.loading;
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.debouncedSearch(query, { filters: activeFilters() }, 150);
      if (search === null || query !== latestQuery) return; // superseded by a newer keystroke
      const results = await Promise.all(search.results.slice(0, maxResults).map((result) => result.data()));
      if (query !== latestQuery) return;
      list.replaceChildren(
        ...results.map((result) => {
          const item = document.createElement('li');
          const link = document.createElement('a');
          link.href = result.url;
          link.textContent = result.meta.title ?? result.url;
          const excerpt = document.createElement('p');
          excerpt.append(excerptToFragment(result.excerpt));
          item.append(link, excerpt);
          return item;
        }),
      );
      const count = search.results.length;
      status.textContent =
        count === 0 ? `${strings.noResults} “${query}”` : count === 1 ? strings.resultsOne : strings.resultsMany.replace('{n}', String(count));
    } catch {
      status.textContent = strings.unavailable;
    }
  };
  input.addEventListener('input', runSearch);
  for (const select of selects) select.addEventListener('change', runSearch);
}
