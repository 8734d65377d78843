/**
 * Browsers may not spend a visitor's upload quota from another site: a request a browser marks as
 * cross-site (Sec-Fetch-Site, or an Origin that is not ours) is refused. Scripts and CI, which send
 * neither header, are unaffected.
 */
import { createMiddleware } from 'hono/factory';
import type { AppEnv } from '../app.ts';
import { ApiFailure } from '../services/errors.ts';

export const sameOriginOnly = createMiddleware<AppEnv>(async (c, next) => {
  const site = c.req.header('sec-fetch-site');
  const origin = c.req.header('origin');
  const crossSite = site === 'cross-site' || site === 'same-site' || (origin !== undefined && origin !== 'null' && origin !== new URL(c.req.url).origin) || origin === 'null';
  if (crossSite)
    throw new ApiFailure(403, { code: 'cross-origin', message: 'uploads are accepted from this site, or from clients that are not browsers (the CLI, curl), not from pages on other sites' });
  await next();
});
