/** The on-demand engineer's switch-on form: e-mail and language, then the subscription checkout. */
import type { Language } from '../schemas/requests.ts';
import { tiers } from '../pricing.ts';
import { centsPerSecond } from '../services/on-demand-usage.ts';
import { ErrorSummary } from './error-summary.tsx';
import { formatPrice } from './request-form.tsx';
import { Shell } from './shell.tsx';
import { onDemandStrings } from './strings/on-demand.ts';

export interface SwitchOnValues {
  email?: string;
  language?: string;
}

/** Money to the cent, as an invoice shows it. */
export function formatCents(cents: number, language: Language): string {
  return new Intl.NumberFormat(language === 'zh-cn' ? 'zh-CN' : 'en', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 }).format(cents / 100);
}

export function SwitchOnPage({ language, csrfToken, values, errors }: { language: Language; csrfToken: string; values: SwitchOnValues; errors: Record<string, string> }) {
  const t = onDemandStrings[language];
  const prefix = language === 'zh-cn' ? '/zh-cn' : '';
  const hourly = tiers.find((tier) => tier.id === 'on-demand')!.priceCents;
  const selected = values.language ?? language;
  return (
    <Shell language={language} title={t.formTitle} alternate={`${language === 'zh-cn' ? '' : '/zh-cn'}/on-demand/`}>
      <h1>{t.formTitle}</h1>
      <p class="lead">{t.formIntro}</p>
      <p>
        <strong>{t.priceLine(formatPrice(hourly, language), formatCents(centsPerSecond, language))}</strong>
      </p>
      <ul>
        {t.promises.map((promise) => (
          <li>{promise}</li>
        ))}
      </ul>
      <ErrorSummary heading={t.errorSummary} errors={errors} />
      <form method="post" action={`${prefix}/on-demand`} class="service-form" novalidate>
        <input type="hidden" name="csrf" value={csrfToken} />
        <div class="field">
          <label for="field-email">{t.email}</label>
          <p class="hint" id="email-hint">
            {t.emailHint}
          </p>
          {errors['email'] && (
            <p class="field-error" id="email-error">
              {errors['email']}
            </p>
          )}
          <input
            id="field-email"
            name="email"
            type="email"
            autocomplete="email"
            required
            value={values.email ?? ''}
            aria-describedby={errors['email'] ? 'email-hint email-error' : 'email-hint'}
            aria-invalid={errors['email'] ? 'true' : undefined}
          />
        </div>
        <fieldset id="field-language">
          <legend>{t.language}</legend>
          {errors['language'] && <p class="field-error">{errors['language']}</p>}
          <label class="inline-choice">
            <input type="radio" name="language" value="en" checked={selected === 'en'} /> <span lang="en">{t.languageEn}</span>
          </label>
          <label class="inline-choice">
            <input type="radio" name="language" value="zh-cn" checked={selected === 'zh-cn'} /> <span lang="zh-CN">{t.languageZh}</span>
          </label>
        </fieldset>
        <p class="hint">{t.submitNote}</p>
        <button type="submit" class="button">
          {t.submit}
        </button>
      </form>
    </Shell>
  );
}
