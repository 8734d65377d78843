/**
 * The on-demand engineer's customer pages, in one language: the switch-on form (the account is stored and
 * its link e-mailed before the redirect to checkout), the private account page (`/on-demand/:id?key=`), and
 * its forms: subscribe again, open a case, switch off. Mounted at `/` and `/zh-cn`. In local mode the
 * switch-off delivers the test provider's queued events through the real webhook route, as Stripe would.
 */
import type { Context, Hono } from 'hono';
import { createRouter, runAfterResponse, type AppEnv } from '../app.ts';
import { deliverQueuedEvents } from '../integrations/payments/local-delivery.ts';
import { csrfProtection } from '../middleware/csrf.ts';
import { rateLimit } from '../middleware/rate-limit.ts';
import { pageHeaders } from '../middleware/security-headers.ts';
import { AccountPage } from '../pages/on-demand-account.tsx';
import { SwitchOnPage, type SwitchOnValues } from '../pages/on-demand-form.tsx';
import { htmlDocument } from '../pages/shell.tsx';
import { onDemandStrings } from '../pages/strings/on-demand.ts';
import { OpenCaseForm, SwitchOnForm } from '../schemas/on-demand.ts';
import type { Language } from '../schemas/requests.ts';
import { accountKey, accountPath, requestKey, statusPath } from '../services/links.ts';
import { accountForCustomer, createAccount, openCase, startSubscriptionCheckout, switchOff } from '../services/on-demand.ts';
import { signingSecretOf } from '../services/on-demand-links.ts';
import { accountUsage } from '../services/on-demand-usage.ts';
import { sendPendingEmails } from '../services/outbox.ts';
import { webhookPoster } from './test-checkout.tsx';

const noStore = { 'Cache-Control': 'private, no-store' };
const field = (form: Record<string, unknown>, name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined);

export function onDemandPages(language: Language, app: Hono<AppEnv>) {
  const t = onDemandStrings[language];
  const router = createRouter();
  for (const path of ['/on-demand', '/on-demand/*']) router.use(path, pageHeaders, csrfProtection);

  const showForm = async (c: Context<AppEnv>) => c.html(await htmlDocument(<SwitchOnPage language={language} csrfToken={c.get('csrfToken')} values={{}} errors={{}} />), 200, noStore);
  router.get('/on-demand', showForm);
  router.get('/on-demand/', showForm);

  router.post('/on-demand', rateLimit('REQUEST_LIMITER', 'switch-on requests'), async (c) => {
    const deps = c.get('deps');
    const form = await c.req.parseBody();
    const values: SwitchOnValues = {};
    for (const name of ['email', 'language'] as const) {
      const value = field(form, name);
      if (value !== undefined) values[name] = value;
    }
    const parsed = SwitchOnForm.safeParse(values);
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const name = String(issue.path[0] ?? 'form');
        errors[name] ??= t.errors[name] ?? issue.message;
      }
      return c.html(await htmlDocument(<SwitchOnPage language={language} csrfToken={c.get('csrfToken')} values={values} errors={errors} />), 422, noStore);
    }
    const account = await createAccount(deps, parsed.data);
    await runAfterResponse(c, () => sendPendingEmails(deps));
    try {
      return c.redirect(await startSubscriptionCheckout(deps, account), 303);
    } catch (error) {
      // The account is saved and its link e-mailed; the subscription can start again from its page.
      console.error('subscription checkout could not be opened', error);
      return c.redirect(accountPath(account.language, account.id, await accountKey(signingSecretOf(deps), account.id)), 303);
    }
  });

  const customerAccount = async (c: Context<AppEnv>, key?: string) => {
    const accessKey = key ?? c.req.query('key') ?? '';
    return { account: await accountForCustomer(c.get('deps'), c.req.param('id') ?? '', accessKey), key: accessKey };
  };

  const renderAccount = async (c: Context<AppEnv>, options: { key?: string; notice?: string | undefined; errors?: Record<string, string>; summaryDraft?: string; status?: 200 | 422 }) => {
    const deps = c.get('deps');
    const { account, key } = await customerAccount(c, options.key);
    const usage = await accountUsage(deps.db, account, deps.now());
    const secret = signingSecretOf(deps);
    const caseLinks: Record<string, string> = {};
    for (const { request } of usage.cases) caseLinks[request.id] = statusPath(language, request.id, await requestKey(secret, request.id));
    const page = (
      <AccountPage
        language={language}
        account={account}
        usage={usage}
        csrfToken={c.get('csrfToken')}
        accessKey={key}
        caseLinks={caseLinks}
        notice={options.notice}
        errors={options.errors ?? {}}
        summaryDraft={options.summaryDraft}
      />
    );
    return c.html(await htmlDocument(page), options.status ?? 200, noStore);
  };

  router.get('/on-demand/:id', (c) => renderAccount(c, { notice: c.req.query('checkout') ?? c.req.query('done') }));

  router.get('/on-demand/:id/state', async (c) => {
    const { account } = await customerAccount(c);
    return c.json({ state: account.state }, 200, noStore);
  });

  router.post('/on-demand/:id/checkout', rateLimit('REQUEST_LIMITER', 'checkout attempts'), async (c) => {
    const { account } = await customerAccount(c, field(await c.req.parseBody(), 'key'));
    return c.redirect(await startSubscriptionCheckout(c.get('deps'), account), 303);
  });

  router.post('/on-demand/:id/cases', rateLimit('REQUEST_LIMITER', 'cases'), async (c) => {
    const deps = c.get('deps');
    const form = await c.req.parseBody();
    const key = field(form, 'key') ?? '';
    const { account } = await customerAccount(c, key);
    const parsed = OpenCaseForm.safeParse({ summary: field(form, 'summary') ?? '', critical: field(form, 'critical') });
    if (!parsed.success) return renderAccount(c, { key, errors: { summary: t.errors['summary']! }, summaryDraft: field(form, 'summary') ?? '', status: 422 });
    await openCase(deps, account, parsed.data);
    await runAfterResponse(c, () => sendPendingEmails(deps));
    return c.redirect(`${accountPath(language, account.id, key)}&done=case-opened`, 303);
  });

  router.post('/on-demand/:id/switch-off', rateLimit('REQUEST_LIMITER', 'switch-off attempts'), async (c) => {
    const deps = c.get('deps');
    const key = field(await c.req.parseBody(), 'key') ?? '';
    const { account } = await customerAccount(c, key);
    await switchOff(deps, account);
    // Stripe sends its events from outside; the local provider queued them and they are delivered now.
    if (deps.payments?.mode === 'local') await deliverQueuedEvents(deps.db, webhookPoster(app, c), Date.now());
    await runAfterResponse(c, () => sendPendingEmails(deps));
    return c.redirect(`${accountPath(language, account.id, key)}&done=switched-off`, 303);
  });

  return router;
}
