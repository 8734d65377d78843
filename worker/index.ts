/** The Worker entry point: composes the routers; static files are served by Workers Static Assets. */
import { secureHeaders } from 'hono/secure-headers';
import { createRouter } from './app';
import { health } from './routes/health';

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

app.notFound((c) =>
  c.req.path.startsWith('/api/')
    ? c.json({ error: { code: 'not_found', message: `No API route matches ${c.req.method} ${c.req.path}` } }, 404)
    : c.env.ASSETS.fetch(c.req.raw),
);

app.onError((error, c) => {
  console.error(error);
  return c.json({ error: { code: 'internal', message: 'Something went wrong on our side; it has been logged.' } }, 500);
});

export default app;
