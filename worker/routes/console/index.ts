/**
 * The reviewer console, in one language: mounted at `/console` and `/zh-cn/console`. Every route but the
 * sign-in sits behind `requireReviewer`; test/worker/console.test.ts walks the app's route table to keep
 * it that way.
 */
import type { MiddlewareHandler } from 'hono';
import { createRouter, type AppEnv } from '../../app.ts';
import { csrfProtection } from '../../middleware/csrf.ts';
import { pageHeaders } from '../../middleware/security-headers.ts';
import { requireReviewer } from '../../middleware/reviewer-auth.ts';
import { consolePaths } from '../../pages/console/paths.ts';
import type { Language } from '../../schemas/requests.ts';
import { caseActionRoutes } from './case-actions.ts';
import { caseRoutes } from './case.tsx';
import { onDemandConsoleRoutes } from './on-demand.tsx';
import { eventRoutes } from './events.tsx';
import { metricsRoutes } from './metrics.tsx';
import { outboxRoutes } from './outbox.tsx';
import { queueRoutes, showQueue } from './queue.tsx';
import { signInRoutes, signOutRoutes } from './sign-in.tsx';

/**
 * The site's own pages end in a slash, so `/console/` opens the queue too (a mounted router cannot register
 * that path: Hono merges it into `/console`). Any other console path ending in a slash is sent to the path
 * without it, since Hono matches paths exactly.
 */
function trailingSlashes(queuePath: string, showQueue: MiddlewareHandler<AppEnv>): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const path = c.req.path;
    if (!path.endsWith('/')) return next();
    if (path === `${queuePath}/`) return showQueue(c, next);
    // Mounted under the console, so what remains is always a console path on this site.
    return c.redirect(`${path.replace(/\/+$/, '')}${new URL(c.req.url).search}`, 301);
  };
}

export function consoleRoutes(language: Language) {
  const router = createRouter();
  router.use('*', pageHeaders);
  // Hono runs handlers in the order they were registered. The sign-in handlers answer without calling
  // next(), so the guard registered after them never runs for the sign-in page, and runs for everything else.
  router.route('/', signInRoutes(language));
  // The guard comes before the CSRF check so that a stranger's POST is answered 401, not 403.
  router.use('*', requireReviewer(consolePaths(language).signIn), csrfProtection);
  router.get('*', trailingSlashes(consolePaths(language).queue, showQueue(language)));
  router.route('/', signOutRoutes(language));
  router.route('/', queueRoutes(language));
  router.route('/', caseRoutes(language));
  router.route('/', caseActionRoutes(language));
  router.route('/', onDemandConsoleRoutes(language));
  router.route('/', eventRoutes(language));
  router.route('/', metricsRoutes(language));
  router.route('/', outboxRoutes(language));
  return router;
}
