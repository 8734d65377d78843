/** The local payment provider's checkout page: plainly a test, never mistaken for a real payment page. */
import type { LocalCheckoutSession, LocalOutcome } from '../integrations/payments/local.ts';
import type { Language } from '../schemas/requests.ts';
import { formatPrice } from './request-form.tsx';
import { Shell } from './shell.tsx';
import { requestStrings } from './strings/requests.ts';

export function TestCheckoutPage({ session, outcomes, csrfToken }: { session: LocalCheckoutSession; outcomes: LocalOutcome[]; csrfToken: string }) {
  const language: Language = session.locale === 'zh' ? 'zh-cn' : 'en';
  const t = requestStrings[language];
  const labels: Record<LocalOutcome, string> = { pay: t.testPay, 'pay-later': t.testPayLater, settle: t.testSettle, fail: t.testFail, expire: t.testExpire };
  return (
    <Shell language={language} title={t.testTitle}>
      <p class="test-mode-banner" role="note">
        {t.testBanner}
      </p>
      <h1>{t.testTitle}</h1>
      <p class="lead">{session.description}</p>
      <dl class="details">
        <dt>{t.testAmount}</dt>
        <dd>{session.mode === 'subscription' ? `${formatPrice(session.amount_cents, language)} ${t.per['per-second']}` : formatPrice(session.amount_cents, language)}</dd>
        <dt>{t.testEmail}</dt>
        <dd>{session.customer_email}</dd>
      </dl>
      {outcomes.length === 0 ? (
        <p>{t.testDone}</p>
      ) : (
        <form method="post" class="test-checkout-actions">
          <input type="hidden" name="csrf" value={csrfToken} />
          {outcomes.map((outcome, index) => (
            <button type="submit" name="outcome" value={outcome} class={index === 0 ? 'button' : 'button button-secondary'}>
              {labels[outcome]}
            </button>
          ))}
          {session.status === 'open' && (
            <a class="button button-secondary" href={session.cancel_url}>
              {t.testCancel}
            </a>
          )}
        </form>
      )}
    </Shell>
  );
}
