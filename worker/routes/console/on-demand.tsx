/**
 * The console's on-demand actions: start the timer on a case, stop the running timer, mark oneself away or
 * back. Like case-actions.ts, success answers 303 (post/redirect/get) and a refusal shows the case page again
 * with the reason. Also loads what the case page shows about an on-demand case.
 */
import type { Context } from 'hono';
import { createRouter, type AppEnv } from '../../app.ts';
import { findAccount, runningTimerOf, timeEntriesOf } from '../../db/on-demand.ts';
import type { Dependencies } from '../../middleware/dependencies.ts';
import type { OnDemandCaseInfo } from '../../pages/console/on-demand-case.tsx';
import { consolePaths } from '../../pages/console/paths.ts';
import { consoleOnDemandStrings } from '../../pages/strings/console-on-demand.ts';
import type { Language, RequestRow } from '../../schemas/requests.ts';
import { ApiFailure } from '../../services/errors.ts';
import { isAway, setAway } from '../../services/on-demand-claims.ts';
import { startTimer, stopTimer } from '../../services/time-tracking.ts';
import { renderCase } from './case.tsx';

/** The on-demand facts of a case, or null for other tiers. */
export async function loadOnDemandCase(deps: Pick<Dependencies, 'db'>, request: RequestRow, reviewer: string): Promise<OnDemandCaseInfo | null> {
  if (request.tier !== 'on-demand' || !request.account_id) return null;
  const [account, entries, myRunning, namedAway] = await Promise.all([
    findAccount(deps.db, request.account_id),
    timeEntriesOf(deps.db, { requestId: request.id }),
    runningTimerOf(deps.db, reviewer),
    request.reserved_for ? isAway(deps.db, request.reserved_for) : Promise.resolve(false),
  ]);
  return account ? { account, entries, myRunning, namedAway } : null;
}

export function onDemandConsoleRoutes(language: Language) {
  const t = consoleOnDemandStrings[language];
  const paths = consolePaths(language);

  async function refusedOr(c: Context<AppEnv>, id: string, work: () => Promise<unknown>): Promise<Response> {
    try {
      await work();
    } catch (error) {
      if (error instanceof ApiFailure && (error.status === 409 || error.status === 422)) {
        return renderCase(c, language, id, { failure: { message: t.errors[error.body.code] ?? error.body.message, status: error.status } });
      }
      throw error;
    }
    return c.redirect(`${paths.case(id)}#time`, 303);
  }

  return createRouter()
    .post('/cases/:id/timer/start', (c) => refusedOr(c, c.req.param('id'), () => startTimer(c.get('deps'), c.req.param('id'), c.get('reviewer').email)))
    .post('/timer/stop', async (c) => {
      const form = await c.req.parseBody();
      const caseId = typeof form['case'] === 'string' && /^[A-Za-z0-9_-]{22}$/.test(form['case']) ? form['case'] : null;
      const running = await runningTimerOf(c.get('deps').db, c.get('reviewer').email);
      const back = caseId ?? running?.request_id;
      if (!back) throw new ApiFailure(409, { code: 'no-timer', message: t.errors['no-timer']! });
      return refusedOr(c, back, () => stopTimer(c.get('deps'), c.get('reviewer').email));
    })
    .post('/away', async (c) => {
      const away = (await c.req.parseBody())['away'] === '1';
      const deps = c.get('deps');
      await setAway(deps.db, c.get('reviewer').email, away, deps.now());
      return c.redirect(paths.queue, 303);
    });
}
