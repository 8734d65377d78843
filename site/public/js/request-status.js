// While a payment is being confirmed, ask the server every few seconds whether the request has moved on,
// and reload once it has. Stops after ten minutes; the page is correct without it, only less lively.
// The same for an on-demand account while its subscription starts or ends (data-account-state).
const section = document.querySelector('[data-request-state], [data-account-state]');
if (section) {
  const initial = section.getAttribute('data-request-state') ?? section.getAttribute('data-account-state');
  const url = section.getAttribute('data-state-url');
  const waiting = ['awaiting_payment', 'payment_processing', 'paid', 'claimed', 'responded', 'pending', 'ending'].includes(initial);
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
    setTimeout(poll, ['awaiting_payment', 'pending', 'ending'].includes(initial) ? 2000 : 15000);
  };
  if (waiting && url) setTimeout(poll, 1500);
}
