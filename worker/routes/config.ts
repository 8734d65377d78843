/** GET /api/config: what the upload page needs to know at run time (the site itself is static). */
import { createRouter } from '../app.ts';

export const publicConfig = createRouter().get('/', (c) => {
  const siteKey = c.env.TURNSTILE_SITE_KEY?.trim();
  return c.json({ turnstileSiteKey: siteKey && c.env.TURNSTILE_SECRET_KEY ? siteKey : null }, 200, { 'Cache-Control': 'no-store' });
});
