/** The customer's private on-demand page: whether the engineer is on, the usage this period, the cases, and the switch. */
import type { AccountRow } from '../schemas/on-demand.ts';
import type { Language } from '../schemas/requests.ts';
import type { AccountUsage } from '../services/on-demand-usage.ts';
import { costCents } from '../services/on-demand-usage.ts';
import { formatDeadline } from '../services/notifications.ts';
import { formatCents } from './on-demand-form.tsx';
import { Shell } from './shell.tsx';
import { onDemandStrings } from './strings/on-demand.ts';

export interface AccountPageProps {
  language: Language;
  account: AccountRow;
  usage: AccountUsage;
  csrfToken: string;
  /** The private key from the link, carried by every form on the page. */
  accessKey: string;
  /** Each case's private status link. */
  caseLinks: Record<string, string>;
  /** `done` or `cancelled` after returning from checkout; `case-opened` or `switched-off` after an action. */
  notice?: string | undefined;
  /** Field name → message, after a refused case. */
  errors: Record<string, string>;
  summaryDraft?: string | undefined;
}

export function AccountPage(props: AccountPageProps) {
  const { language, account, usage, csrfToken, accessKey } = props;
  const t = onDemandStrings[language];
  const base = `${language === 'zh-cn' ? '/zh-cn' : ''}/on-demand/${account.id}`;
  const keyQuery = `?key=${encodeURIComponent(accessKey)}`;
  const number = new Intl.NumberFormat(language === 'zh-cn' ? 'zh-CN' : 'en');
  const waitingForWebhook = account.state === 'pending' && props.notice === 'done';
  const closed = account.state === 'ended' || account.state === 'abandoned';
  const keyField = <input type="hidden" name="key" value={accessKey} />;
  const csrfField = <input type="hidden" name="csrf" value={csrfToken} />;
  const finalInvoice = usage.invoices[0];
  return (
    <Shell language={language} title={t.pageTitle} alternate={`${language === 'zh-cn' ? '' : '/zh-cn'}/on-demand/${account.id}${keyQuery}`} scripts={['/js/request-status.js']}>
      <h1>{t.pageTitle}</h1>
      <p class="meta">{t.keepLink(account.email)}</p>

      <section aria-labelledby="state-heading" data-account-state={account.state} data-state-url={`${base}/state${keyQuery}`}>
        <h2 id="state-heading">{t.stateHeading}</h2>
        <p class="state-text" role="status">
          {waitingForWebhook ? t.confirming : t.stateText[account.state]}
        </p>
        {props.notice === 'cancelled' && account.state === 'pending' && <p class="notice">{t.checkoutCancelled}</p>}
        {props.notice === 'case-opened' && <p class="notice">{t.caseOpenedNotice}</p>}
        {props.notice === 'switched-off' && <p class="notice">{t.switchedOffNotice}</p>}
        {account.standing === 'past_due' && !closed && <p class="notice">{t.pastDue}</p>}
        {account.state === 'pending' && (
          <form method="post" action={`${base}/checkout`}>
            {csrfField}
            {keyField}
            <button type="submit" class="button">
              {t.subscribe}
            </button>
          </form>
        )}
        {account.state === 'abandoned' && (
          <p>
            <a class="button" href={`${language === 'zh-cn' ? '/zh-cn' : ''}/on-demand/`}>
              {t.startAgain}
            </a>
          </p>
        )}
        {account.state === 'active' && <p>{account.named_engineer ? t.namedEngineer(account.named_engineer) : t.noNamedEngineer}</p>}
      </section>

      {account.state !== 'pending' && account.state !== 'abandoned' && (
        <section aria-labelledby="usage-heading">
          <h2 id="usage-heading">{closed ? t.finalHeading : t.usageHeading}</h2>
          {usage.periodStart !== null && <p class="meta">{t.usageSince(formatDeadline(usage.periodStart, language))}</p>}
          <dl class="details usage">
            <dt>{t.caseTime}</dt>
            <dd data-usage-seconds={usage.seconds}>{t.usageSeconds(number.format(usage.seconds))}</dd>
            <dt>{t.usageMoney}</dt>
            <dd data-usage-cents={usage.cents}>{formatCents(usage.cents, language)}</dd>
          </dl>
          {closed && <p class="final-usage">{t.finalUsage(number.format(usage.seconds), formatCents(costCents(usage.seconds), language))}</p>}
          {usage.runningSeconds > 0 && !closed && <p>{t.runningNow(number.format(usage.runningSeconds))}</p>}
          <p class="hint">{t.rounding}</p>
          {(usage.invoices.length > 0 || account.state === 'ending' || account.state === 'ended') && (
            <>
              <h3>{t.invoicesHeading}</h3>
              {usage.invoices.length === 0 ? (
                <p>{t.invoicePending}</p>
              ) : (
                <table class="invoices">
                  <thead>
                    <tr>
                      <th scope="col">{t.invoiceDate}</th>
                      <th scope="col">{t.invoiceAmount}</th>
                      <th scope="col">{t.invoiceState}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {usage.invoices.map((invoice) => (
                      <tr data-invoice-status={invoice.status} class={invoice === finalInvoice ? 'latest-invoice' : undefined}>
                        <td>{formatDeadline(invoice.invoice_created * 1000, language)}</td>
                        <td>{formatCents(invoice.amount_due_cents, language)}</td>
                        <td>
                          {t.invoiceStatus[invoice.status]}
                          {invoice.hosted_invoice_url && (
                            <>
                              {' · '}
                              <a href={invoice.hosted_invoice_url}>{t.invoiceLink}</a>
                            </>
                          )}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </>
          )}
        </section>
      )}

      {account.state === 'active' && (
        <section aria-labelledby="open-heading">
          <h2 id="open-heading">{t.openHeading}</h2>
          <form method="post" action={`${base}/cases`} class="service-form" novalidate>
            {csrfField}
            {keyField}
            <div class="field">
              <label for="field-summary">{t.summary}</label>
              <p class="hint" id="summary-hint">
                {t.summaryHint}
              </p>
              {props.errors['summary'] && (
                <p class="field-error" id="summary-error">
                  {props.errors['summary']}
                </p>
              )}
              <textarea
                id="field-summary"
                name="summary"
                rows={5}
                maxlength={5000}
                required
                aria-describedby={props.errors['summary'] ? 'summary-hint summary-error' : 'summary-hint'}
                aria-invalid={props.errors['summary'] ? 'true' : undefined}
              >
                {props.summaryDraft ?? ''}
              </textarea>
            </div>
            <div class="field">
              <label class="inline-choice">
                <input type="checkbox" name="critical" value="on" aria-describedby="critical-hint" /> {t.critical}
              </label>
              <p class="hint" id="critical-hint">
                {t.criticalHint}
              </p>
            </div>
            <button type="submit" class="button">
              {t.openSubmit}
            </button>
          </form>
        </section>
      )}

      {account.state !== 'pending' && account.state !== 'abandoned' && (
        <section aria-labelledby="cases-heading">
          <h2 id="cases-heading">{t.casesHeading}</h2>
          {usage.cases.length === 0 ? (
            <p>{t.noCases}</p>
          ) : (
            <table class="cases">
              <thead>
                <tr>
                  <th scope="col">{t.caseOpened}</th>
                  <th scope="col">{t.summary}</th>
                  <th scope="col">{t.caseState}</th>
                  <th scope="col">{t.caseTime}</th>
                </tr>
              </thead>
              <tbody>
                {usage.cases.map(({ request, seconds, running }) => (
                  <tr data-case={request.id}>
                    <td>{formatDeadline(request.created_at, language)}</td>
                    <td>
                      {request.critical ? <strong class="badge">{t.caseCritical}</strong> : null}{' '}
                      <a href={props.caseLinks[request.id]}>{request.concerns.length > 80 ? `${request.concerns.slice(0, 80)}…` : request.concerns}</a>
                    </td>
                    <td>{t.caseStates[request.state]}</td>
                    <td data-case-seconds={seconds}>
                      {t.secondsShort(number.format(seconds))}
                      {running ? ' ⏱' : ''}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      {(account.state === 'active' || account.state === 'ending') && (
        <section aria-labelledby="switch-off-heading">
          <h2 id="switch-off-heading">{t.switchOffHeading}</h2>
          <p>{t.switchOffIntro}</p>
          <form method="post" action={`${base}/switch-off`}>
            {csrfField}
            {keyField}
            <button type="submit" class="button button-secondary">
              {t.switchOff}
            </button>
          </form>
        </section>
      )}
    </Shell>
  );
}
