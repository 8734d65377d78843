// Report page behaviour: filters by pillar and severity, and deleting with the token this browser was given.
const main = document.querySelector('[data-review-id]');
const reviewId = main?.getAttribute('data-review-id');
const tokenKey = `plumbline:review:${reviewId}`;

const filters = document.querySelector('[data-filters]');
if (filters) {
  filters.hidden = false;
  const apply = () => {
    const pillar = filters.elements.namedItem('pillar').value;
    const severity = filters.elements.namedItem('severity').value;
    for (const finding of document.querySelectorAll('.finding')) {
      finding.hidden = (pillar && finding.dataset.pillar !== pillar) || (severity && finding.dataset.severity !== severity);
    }
    for (const group of document.querySelectorAll('[data-pillar-group]')) {
      group.hidden = !group.querySelector('.finding:not([hidden])');
    }
  };
  filters.addEventListener('change', apply);
}

const deleteForm = document.querySelector('[data-delete-form]');
if (deleteForm && reviewId) {
  const input = deleteForm.querySelector('[data-delete-token]');
  const status = deleteForm.querySelector('[data-delete-status]');
  const remembered = localStorage.getItem(tokenKey);
  if (remembered) input.value = remembered;
  deleteForm.addEventListener('submit', async (event) => {
    event.preventDefault();
    const response = await fetch(`/api/reviews/${encodeURIComponent(reviewId)}`, { method: 'DELETE', headers: { Authorization: `Bearer ${input.value.trim()}` } });
    if (response.status === 204) {
      localStorage.removeItem(tokenKey);
      status.textContent = document.documentElement.lang === 'zh-CN' ? '报告已删除。' : 'The report has been deleted.';
      setTimeout(() => location.assign(document.documentElement.lang === 'zh-CN' ? '/zh-cn/' : '/'), 800);
    } else {
      const body = await response.json().catch(() => ({}));
      status.textContent = body.error?.message ?? `HTTP ${response.status}`;
    }
  });
}

// A link from the architecture diagram into a closed list opens the lists around its target (Chromium does
// this by itself; other browsers leave the target hidden).
const revealTarget = () => {
  const target = location.hash.length > 1 ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
  for (let details = target?.closest('details'); details; details = details.parentElement?.closest('details')) details.open = true;
};
window.addEventListener('hashchange', revealTarget);
revealTarget();
