/**
 * The header menu is a `<details>` disclosure, so it opens without JavaScript. With it, the menu closes on Escape
 * and on a click outside, and is kept open on wide screens, where the summary is hidden and the panel is the
 * navigation bar (CSS does the same with `::details-content` where browsers support it).
 */
export function setupSiteMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
  const summary = menu?.querySelector('summary');
  if (!menu || !summary) return;
  const wide = window.matchMedia('(min-width: 62rem)');
  const fit = () => (menu.open = wide.matches);
  fit();
  wide.addEventListener('change', fit);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.open && !wide.matches) {
      menu.open = false;
      summary.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (menu.open && !wide.matches && event.target instanceof Node && !menu.contains(event.target)) menu.open = false;
  });
}
