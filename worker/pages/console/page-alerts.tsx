/** The banner that pages an engineer: every unacknowledged page for them (or for everyone), soonest first. */
import type { Language } from '../../schemas/requests.ts';
import type { PageRow } from '../../services/paging.ts';
import { consoleEventStrings } from '../strings/console-events.ts';
import { consolePaths } from './paths.ts';
import { formatDeadline } from '../../services/notifications.ts';

export function PageAlerts({ language, pages }: { language: Language; pages: PageRow[] }) {
  if (pages.length === 0) return null;
  const t = consoleEventStrings[language];
  const paths = consolePaths(language);
  return (
    <section class="page-alerts" role="alert" aria-labelledby="page-alerts-heading">
      <h2 id="page-alerts-heading">{t.alertsTitle(pages.length)}</h2>
      <ul>
        {pages.map((page) => (
          <li>
            <strong>{t.reasons[page.reason]}</strong> · {t.respondBy(formatDeadline(page.respond_by, language))} · <a href={`${paths.case(page.request_id)}#pages-heading`}>{t.openCase}</a>
            <p class="pre-wrap">{page.summary.length > 280 ? `${page.summary.slice(0, 280)}…` : page.summary}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
