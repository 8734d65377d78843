/** GET /api/health: is the Worker up, which release is it, and can it reach D1? */
import { createRouter } from '../app.ts';
import { checkDatabase } from '../db/health.ts';
import { version } from '../version.ts';

export const health = createRouter().get('/', async (c) => {
  const database = await checkDatabase(c.env.DB);
  const status = database.status === 'ok' ? 'ok' : 'degraded';
  return c.json({ status, version, database }, database.status === 'ok' ? 200 : 503, {
    'Cache-Control': 'no-store',
  });
});
