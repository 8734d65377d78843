/**
 * The report pages' behaviour (served as `/js/report.js` to the pages the Worker renders): filters whose counts
 * follow the selection, the delete token shown once after upload, and what this browser knows about deleting.
 */
import { forgetToken, keptToken, takeUnseenToken, tokenFragment } from './delete-token';

function setupFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-filters]');
  const heading = document.querySelector<HTMLElement>('[data-findings-count]');
  const empty = document.querySelector<HTMLElement>('[data-filter-empty]');
  const status = form?.querySelector<HTMLElement>('[data-filter-status]');
  if (!form || !heading || !empty || !status) return;
  form.hidden = false;
  const selects = [...form.querySelectorAll('select')];
  const cards = [...document.querySelectorAll<HTMLElement>('.finding')];
  const countOf = (card: HTMLElement) => Number(card.dataset['count'] ?? '1');

  const apply = () => {
    const wanted = Object.fromEntries(selects.map((select) => [select.name, select.value]));
    const filtered = selects.some((select) => select.value !== '');
    let shown = 0;
    for (const card of cards) {
      card.hidden = (wanted['pillar'] !== '' && card.dataset['pillar'] !== wanted['pillar']) || (wanted['severity'] !== '' && card.dataset['severity'] !== wanted['severity']);
      if (!card.hidden) shown += countOf(card);
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-pillar-group]')) {
      const visible = [...group.querySelectorAll<HTMLElement>('.finding:not([hidden])')].reduce((sum, card) => sum + countOf(card), 0);
      group.hidden = visible === 0;
      const count = group.querySelector<HTMLElement>('[data-pillar-count]');
      if (count) {
        count.dataset['total'] ??= count.textContent ?? '';
        count.textContent = filtered ? String(visible) : count.dataset['total'];
      }
    }
    heading.textContent = filtered ? (form.dataset['countFiltered'] ?? '').replace('{shown}', String(shown)) : (heading.dataset['countAll'] ?? '');
    status.textContent = heading.textContent;
    empty.hidden = shown > 0;
  };
  form.addEventListener('change', apply);
  empty.querySelector('[data-filter-clear]')?.addEventListener('click', () => {
    for (const select of selects) select.value = '';
    apply();
    selects[0]?.focus();
  });
}

/** Right after the upload, the delete token is shown with a copy button; never again after that. */
function showNewToken(id: string): void {
  const notice = document.querySelector<HTMLElement>('[data-token-notice]');
  if (!notice) return;
  const fragment = new URLSearchParams(location.hash.slice(1)).get(tokenFragment);
  if (fragment !== null) history.replaceState(null, '', location.pathname + location.search);
  const token = fragment ?? takeUnseenToken(id);
  if (token === undefined) return;
  const field = notice.querySelector<HTMLInputElement>('[data-token-value]')!;
  field.value = token;
  notice.querySelector<HTMLElement>('[data-token-kept]')!.hidden = fragment !== null;
  notice.querySelector<HTMLElement>('[data-token-not-kept]')!.hidden = fragment === null;
  const copy = notice.querySelector<HTMLButtonElement>('[data-token-copy]')!;
  const copyStatus = notice.querySelector<HTMLElement>('[data-token-copy-status]')!;
  copy.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(token);
      copyStatus.textContent = copy.dataset['copied'] ?? '';
    } catch {
      // Clipboard access refused (an insecure origin, a browser setting): the token is selected for copying by hand.
      copyStatus.textContent = copy.dataset['copyFailed'] ?? '';
    }
    field.select();
  });
  notice.hidden = false;
}

/** The report, its confirmation page, and the page of a deleted report each use what this browser kept. */
function setupDeleting(): void {
  const page = document.querySelector<HTMLElement>('[data-review-id]');
  const id = page?.dataset['reviewId'];
  if (!page || !id) return;
  if (page.hasAttribute('data-report-deleted')) {
    forgetToken(id);
    return;
  }
  showNewToken(id);
  const token = keptToken(id);
  if (token === undefined) return;
  for (const note of document.querySelectorAll<HTMLElement>('[data-delete-kept]')) note.hidden = false;
  const field = document.querySelector<HTMLInputElement>('[data-delete-token]');
  if (field && field.value === '') field.value = token;
}

/**
 * A link from the architecture diagram into a closed list opens the lists around its target (Chromium does this
 * by itself; other browsers leave the target hidden).
 */
function revealLinkedFindings(): void {
  const reveal = () => {
    const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
    for (let details = target?.closest('details'); details; details = details.parentElement?.closest('details')) details.open = true;
  };
  window.addEventListener('hashchange', reveal);
  reveal();
}

export function setupReport(): void {
  setupFilters();
  setupDeleting();
  revealLinkedFindings();
}
