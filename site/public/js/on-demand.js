// While the subscription is being confirmed or switched off, ask the server every few seconds whether the
// account has moved on, and reload once it has. Stops after ten minutes; the page is correct without it.
const section = document.querySelector('[data-account-state]');
if (section) {
  const initial = section.getAttribute('data-account-state');
  const url = section.getAttribute('data-state-url');
  const started = Date.now();
  const poll = async () => {
    if (Date.now() - started > 10 * 60 * 1000) return;
    try {
      const response = await fetch(url, { headers: { accept: 'application/json' }, cache: 'no-store' });
      if (response.ok) {
        const { state } = await response.json();
        if (state !== initial) {
          window.location.reload();
          return;
        }
      }
    } catch {
      // offline for a moment: try again
    }
    setTimeout(poll, 2000);
  };
  if ((initial === 'pending' || initial === 'ending') && url) setTimeout(poll, 1500);
}
