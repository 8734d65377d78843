/**
 * The report pages' behaviour (served as `/js/report.js` to the pages the Worker renders): the filters, the
 * delete token shown once after upload, and what this browser knows about deleting.
 */
import { forgetToken, keptToken, takeUnseenToken, tokenFragment } from './delete-token';

function setupFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-filters]');
  if (!form) return;
  form.hidden = false;
  const selects = [...form.querySelectorAll('select')];
  const apply = () => {
    const wanted = Object.fromEntries(selects.map((select) => [select.name, select.value]));
    for (const card of document.querySelectorAll<HTMLElement>('.finding')) {
      card.hidden = (wanted['pillar'] !== '' && card.dataset['pillar'] !== wanted['pillar']) || (wanted['severity'] !== '' && card.dataset['severity'] !== wanted['severity']);
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-pillar-group]')) group.hidden = !group.querySelector('.finding:not([hidden])');
  };
  form.addEventListener('change', apply);
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

export function setupReport(): void {
  setupFilters();
  setupDeleting();
}
