/** The Worker entry point: composes the routers; static files are served by Workers Static Assets. */
import { secureHeaders } from 'hono/secure-headers';
import { createRouter } from './app.ts';
import { publicConfig } from './routes/config.ts';
import { health } from './routes/health.ts';
import { openApi } from './routes/openapi.ts';
import { reportPagesEn, reportPagesZh } from './routes/report-page.tsx';
import { reviewsApi } from './routes/reviews.ts';
import { ApiFailure } from './services/errors.ts';
import { deleteExpiredFiles } from './services/retention.ts';

const app = createRouter();

// API answers are data, never documents: forbid everything a browser could do with them.
app.use(
  '/api/*',
  secureHeaders({
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
    crossOriginResourcePolicy: 'same-origin',
  }),
);

app.route('/api/health', health);
app.route('/api/reviews', reviewsApi);
app.route('/api/openapi.json', openApi);
app.route('/api/config', publicConfig);
app.route('/reviews', reportPagesEn);
app.route('/zh-cn/reviews', reportPagesZh);

app.notFound((c) =>
  c.req.path.startsWith('/api/')
    ? c.json({ error: { code: 'not-found', message: `No API route matches ${c.req.method} ${c.req.path}` } }, 404)
    : c.env.ASSETS.fetch(c.req.raw),
);

app.onError((error, c) => {
  if (error instanceof ApiFailure) return c.json({ error: error.body }, error.status);
  console.error(error);
  return c.json({ error: { code: 'internal', message: 'Something went wrong on our side; it has been logged.' } }, 500);
});

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    ctx.waitUntil(deleteExpiredFiles(env.DB, env.FILES, controller.scheduledTime));
  },
} satisfies ExportedHandler<Env>;

export { app };
