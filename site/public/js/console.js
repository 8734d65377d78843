// Reviewer console: keeps every <time data-deadline> counting down ("2 h 14 min left", "overdue by 12 min").
// The server renders the same text at load, so this is an enhancement only. The templates mirror
// worker/pages/strings/console.ts and worker/pages/console/countdown.tsx; test/worker/console.test.ts
// checks that both give the same text.

const templates = {
  en: {
    day: (count) => `${count} d`,
    hour: (count) => `${count} h`,
    minute: (count) => `${count} min`,
    left: (duration) => `${duration} left`,
    overdue: (duration) => `overdue by ${duration}`,
  },
  'zh-cn': {
    day: (count) => `${count} 天`,
    hour: (count) => `${count} 小时`,
    minute: (count) => `${count} 分`,
    left: (duration) => `剩余 ${duration}`,
    overdue: (duration) => `已超时 ${duration}`,
  },
};

function durationText(minutes, t) {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = days > 0 ? [t.day(days), hours > 0 ? t.hour(hours) : ''] : hours > 0 ? [t.hour(hours), rest > 0 ? t.minute(rest) : ''] : [t.minute(rest)];
  return parts.filter(Boolean).join(' ');
}

/** The countdown text for a deadline (ms), at `now` (ms), in 'en' or 'zh-cn'. */
export function countdownText(deadline, now, language) {
  const t = templates[language] ?? templates.en;
  const minutes = Math.max(1, Math.ceil(Math.abs(deadline - now) / 60_000));
  return deadline > now ? t.left(durationText(minutes, t)) : t.overdue(durationText(minutes, t));
}

function tick() {
  const language = document.documentElement.lang.toLowerCase() === 'zh-cn' ? 'zh-cn' : 'en';
  const now = Date.now();
  for (const element of document.querySelectorAll('time[data-deadline]')) {
    const deadline = Date.parse(element.getAttribute('data-deadline') ?? '');
    if (Number.isNaN(deadline)) continue;
    const text = countdownText(deadline, now, language);
    // Writing only on change keeps screen readers and layout quiet between minutes.
    if (element.textContent !== text) element.textContent = text;
  }
}

if (typeof document !== 'undefined' && document.querySelector('time[data-deadline]')) {
  tick();
  setInterval(tick, 1000);
}
