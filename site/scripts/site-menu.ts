/**
 * The header menu is a `<details>` disclosure, so it opens without JavaScript. With it, the summary gives way to a
 * real `<button>` with `aria-expanded` (a summary's expanded state is not announced the same way everywhere), the
 * menu closes on Escape and on a click outside, and it is kept open on wide screens, where the toggle is hidden and
 * the panel is the navigation bar (CSS does the same with `::details-content` where browsers support it).
 */
export function setupSiteMenu(): void {
  const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
  const summary = menu?.querySelector('summary');
  const panel = menu?.querySelector<HTMLElement>('.site-menu-panel');
  if (!menu || !summary || !panel) return;

  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'menu-toggle';
  panel.id ||= 'site-menu-panel';
  button.setAttribute('aria-controls', panel.id);
  button.append(...[...summary.childNodes].map((node) => node.cloneNode(true)));
  summary.hidden = true;
  menu.before(button);
  const reflect = () => button.setAttribute('aria-expanded', String(menu.open));
  menu.addEventListener('toggle', reflect);
  button.addEventListener('click', () => (menu.open = !menu.open));

  const wide = window.matchMedia('(min-width: 62rem)');
  const fit = () => (menu.open = wide.matches);
  fit();
  reflect();
  wide.addEventListener('change', fit);
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && menu.open && !wide.matches) {
      menu.open = false;
      button.focus();
    }
  });
  document.addEventListener('click', (event) => {
    const inside = event.target instanceof Node && (menu.contains(event.target) || button.contains(event.target));
    if (menu.open && !wide.matches && !inside) menu.open = false;
  });
}
