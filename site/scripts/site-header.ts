/**
 * The header's behaviour on every page: the search dialog and the phone menu. Astro bundles it into the site's
 * pages; `npm run build` also writes it to `/js/site-header.js` for the pages the Worker renders.
 */
import { setupSearchDialog } from './search';
import { setupSiteMenu } from './site-menu';

export function setupSiteHeader(): void {
  setupSearchDialog();
  setupSiteMenu();
}
