/** GET `/`: the queue, filtered by the query string. */
import type { MiddlewareHandler } from 'hono';
import { createRouter, type AppEnv } from '../../app.ts';
import { listQueue } from '../../db/requests.ts';
import { openPagesFor } from '../../services/paging.ts';
import { isAway } from '../../services/on-demand-claims.ts';
import { inOtherLanguage } from '../../pages/console/paths.ts';
import { QueuePage } from '../../pages/console/queue-page.tsx';
import { htmlDocument } from '../../pages/shell.tsx';
import { QueueQuery } from '../../schemas/console.ts';
import type { Language } from '../../schemas/requests.ts';

export function showQueue(language: Language): MiddlewareHandler<AppEnv> {
  return async (c) => {
    const deps = c.get('deps');
    const reviewer = c.get('reviewer').email;
    const filter = QueueQuery.parse(c.req.query());
    const alerts = await openPagesFor(deps.db, reviewer);
    const away = await isAway(deps.db, reviewer);
    const cases = await listQueue(deps.db, {
      state: filter.state,
      ...(filter.tier ? { tier: filter.tier } : {}),
      ...(filter.language ? { language: filter.language } : {}),
      ...(filter.mine ? { owner: reviewer } : {}),
    });
    const url = new URL(c.req.url);
    const page = (
      <QueuePage
        language={language}
        reviewer={reviewer}
        csrfToken={c.get('csrfToken')}
        alternate={inOtherLanguage(`${url.pathname}${url.search}`, language)}
        now={deps.now()}
        filter={filter}
        cases={cases}
        alerts={alerts}
        away={away}
      />
    );
    return c.html(await htmlDocument(page));
  };
}

export function queueRoutes(language: Language) {
  return createRouter().get('/', showQueue(language));
}
