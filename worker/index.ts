/** The Worker entry point: composes the routers; static files are served by Workers Static Assets. */
import { createRouter } from './app.ts';
import { flagDeadlines } from './services/sla.ts';
import { sendPendingEmails } from './services/outbox.ts';
import { dependencies, dependenciesFromEnv, publicOrigin, type Dependencies, type DependencyFactory } from './middleware/dependencies.ts';
import { deliverQueuedEvents } from './integrations/payments/local-delivery.ts';
import { finishSwitchOffs } from './services/on-demand.ts';
import { reportUnsentUsage } from './services/time-tracking.ts';
import { apiHeaders } from './middleware/security-headers.ts';
import { htmlErrorPage } from './pages/error-page.tsx';
import { billingWebhook } from './routes/billing-webhook.ts';
import { publicConfig } from './routes/config.ts';
import { consoleRoutes } from './routes/console/index.ts';
import { health } from './routes/health.ts';
import { openApi } from './routes/openapi.ts';
import { reportPagesEn, reportPagesZh } from './routes/report-page.tsx';
import { requestPages } from './routes/request-pages.tsx';
import { reviewsApi } from './routes/reviews.ts';
import { onDemandPages } from './routes/on-demand-pages.tsx';
import { testCheckout } from './routes/test-checkout.tsx';
import { ApiFailure } from './services/errors.ts';
import { deleteExpiredFiles } from './services/retention.ts';
import { moveReportsToR2 } from './jobs/move-reports.ts';

export interface AppOptions {
  /** How services get their database, payments, mail and sign-in; tests pass their own. */
  dependencies?: DependencyFactory;
}

export function createApp(options: AppOptions = {}) {
  const app = createRouter();
  app.use('*', dependencies(options.dependencies));

  app.use('/api/*', apiHeaders);

  app.route('/api/health', health);
  app.route('/api/reviews', reviewsApi);
  app.route('/api/billing/webhook', billingWebhook);
  app.route('/api/openapi.json', openApi);
  app.route('/api/config', publicConfig);
  app.route('/reviews', reportPagesEn);
  app.route('/zh-cn/reviews', reportPagesZh);
  app.route('/', requestPages('en'));
  app.route('/zh-cn', requestPages('zh-cn'));
  app.route('/checkout/test', testCheckout(app));
  app.route('/', onDemandPages('en', app));
  app.route('/zh-cn', onDemandPages('zh-cn', app));
  app.route('/console', consoleRoutes('en'));
  app.route('/zh-cn/console', consoleRoutes('zh-cn'));

  app.notFound(async (c) => {
    if (c.req.path.startsWith('/api/')) return c.json({ error: { code: 'not-found', message: `No API route matches ${c.req.method} ${c.req.path}` } }, 404);
    // A fetched response has immutable headers; copy it so page middleware (security headers) can still add theirs.
    const asset = await c.env.ASSETS.fetch(c.req.raw);
    return new Response(asset.body, asset);
  });

  app.onError((error, c) => {
    const failure = error instanceof ApiFailure ? error : new ApiFailure(500, { code: 'internal', message: 'Something went wrong on our side; it has been logged.' });
    if (!(error instanceof ApiFailure)) console.error(error);
    if (c.req.path.startsWith('/api/')) return c.json({ error: failure.body }, failure.status);
    return htmlErrorPage(c, failure);
  });
  return app;
}

const app = createApp();

export default {
  fetch: app.fetch,
  async scheduled(controller, env, ctx) {
    if (controller.cron === '17 3 * * *') {
      ctx.waitUntil(deleteExpiredFiles(env.DB, env.FILES, controller.scheduledTime).then(() => moveReportsToR2(env.DB, env.FILES)));
      return;
    }
    const deps = { ...dependenciesFromEnv(env, new Request(publicOrigin(env) ?? 'http://localhost:8787')), now: () => controller.scheduledTime };
    ctx.waitUntil(flagDeadlines(deps).then(() => sendPendingEmails(deps)));
    ctx.waitUntil(onDemandJobs(deps, env, ctx).catch((error) => console.error('on-demand jobs failed', error)));
  },
} satisfies ExportedHandler<Env>;

/**
 * Every 5 minutes for the on-demand engineer: resend unreported meter events (same identifiers), finish
 * switch-offs that stopped half-way, and in local mode deliver the test provider's queued webhook events.
 */
async function onDemandJobs(deps: Dependencies, env: Env, ctx: ExecutionContext): Promise<void> {
  await reportUnsentUsage(deps);
  await finishSwitchOffs(deps);
  if (deps.payments?.mode === 'local') {
    const post = (body: string, signature: string) =>
      Promise.resolve(app.fetch(new Request(`${deps.origin}/api/billing/webhook`, { method: 'POST', body, headers: { 'content-type': 'application/json', 'stripe-signature': signature } }), env, ctx));
    await deliverQueuedEvents(deps.db, post, Date.now());
  }
}

export { app };
