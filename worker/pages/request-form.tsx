/** The "Get a human review" form: tier, e-mail, review language, concerns, urgency, linked report. */
import { tiers } from '../pricing.ts';
import type { Language } from '../schemas/requests.ts';
import { Urgency } from '../schemas/requests.ts';
import { EventIntakeFields, type EventFormValues } from './event-intake-fields.tsx';
import { Shell } from './shell.tsx';
import { eventStrings } from './strings/events.ts';
import { requestStrings } from './strings/requests.ts';

export interface RequestFormValues extends EventFormValues {
  tier?: string;
  email?: string;
  reviewLanguage?: string;
  concerns?: string;
  urgency?: string;
  reportId?: string;
}

export interface RequestFormProps {
  language: Language;
  csrfToken: string;
  values: RequestFormValues;
  /** Field name → message, after a failed submission. */
  errors: Record<string, string>;
  /** The report this request is about, when it came from one. */
  reportId?: string | undefined;
}

export function responseTime(minutes: number, language: Language): string {
  const hours = minutes / 60;
  if (language === 'zh-cn') return hours >= 1 ? `${hours} 小时内` : `${minutes} 分钟内`;
  return hours >= 1 ? `within ${hours} ${hours === 1 ? 'hour' : 'hours'}` : `within ${minutes} minutes`;
}

export function formatPrice(cents: number, language: Language): string {
  return new Intl.NumberFormat(language === 'zh-cn' ? 'zh-CN' : 'en', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(cents / 100);
}

function FieldError({ name, errors }: { name: string; errors: Record<string, string> }) {
  return errors[name] ? (
    <p class="field-error" id={`${name}-error`}>
      {errors[name]}
    </p>
  ) : null;
}

const describedBy = (name: string, errors: Record<string, string>, hint = true) => [hint ? `${name}-hint` : '', errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;

export function RequestFormPage({ language, csrfToken, values, errors, reportId }: RequestFormProps) {
  const t = requestStrings[language];
  const prefix = language === 'zh-cn' ? '/zh-cn' : '';
  const errorNames = Object.keys(errors);
  const selectedTier = values.tier ?? 'developer';
  const selectedLanguage = values.reviewLanguage ?? language;
  const query = reportId ? `?report=${encodeURIComponent(reportId)}` : '';
  return (
    <Shell language={language} title={t.formTitle} alternate={`${language === 'zh-cn' ? '' : '/zh-cn'}/request/${query}`}>
      <h1>{t.formTitle}</h1>
      <p class="lead">{t.formIntro}</p>
      {errorNames.length > 0 && (
        <div class="error-summary" role="alert" tabindex={-1}>
          <h2>{t.errorSummary}</h2>
          <ul>
            {errorNames.map((name) => (
              <li>
                <a href={`#field-${name}`}>{errors[name]}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {reportId && (
        <p class="notice">
          {t.aboutReport}: <code>{reportId}</code> · <a href={`${prefix}/reviews/${reportId}`}>{t.openReport}</a>
        </p>
      )}
      <form method="post" action={`${prefix}/request`} class="service-form" novalidate>
        <input type="hidden" name="csrf" value={csrfToken} />
        <fieldset id="field-tier" aria-describedby={errors['tier'] ? 'tier-error' : undefined}>
          <legend>{t.tierLegend}</legend>
          <FieldError name="tier" errors={errors} />
          <div class="tier-options">
            {tiers.map((tier) => {
              const text = tier.text[language]!;
              if (tier.billing === 'per-second') {
                // Not bought per request: switched on, then billed by the second while on.
                return (
                  <div class="tier-option tier-link">
                    <span class="tier-name">{text.name}</span>
                    <span class="tier-price">
                      {formatPrice(tier.priceCents, language)} <span class="tier-per">{t.per[tier.billing]}</span>
                    </span>
                    <span class="tier-detail">{t.firstResponseWithin(responseTime(tier.firstResponseMinutes, language))}</span>
                    <span class="tier-detail">{text.tagline}</span>
                    <a href={`${prefix}/on-demand/`}>{t.switchOnDemand}</a>
                  </div>
                );
              }
              return (
                <label class="tier-option">
                  <input type="radio" name="tier" value={tier.id} checked={selectedTier === tier.id} required />
                  <span class="tier-name">{text.name}</span>
                  <span class="tier-price">
                    {formatPrice(tier.priceCents, language)} <span class="tier-per">{t.per[tier.billing]}</span>
                  </span>
                  <span class="tier-detail">{t.firstResponseWithin(responseTime(tier.firstResponseMinutes, language))}</span>
                  <span class="tier-detail">{text.tagline}</span>
                </label>
              );
            })}
          </div>
        </fieldset>

        <EventIntakeFields language={language} values={values} errors={errors} />

        <div class="field">
          <label for="field-email">{t.email}</label>
          <p class="hint" id="email-hint">
            {t.emailHint}
          </p>
          <FieldError name="email" errors={errors} />
          <input
            id="field-email"
            name="email"
            type="email"
            autocomplete="email"
            required
            value={values.email ?? ''}
            aria-describedby={describedBy('email', errors)}
            aria-invalid={errors['email'] ? 'true' : undefined}
          />
        </div>

        <fieldset id="field-reviewLanguage" aria-describedby={describedBy('reviewLanguage', errors)}>
          <legend>{t.reviewLanguage}</legend>
          <p class="hint" id="reviewLanguage-hint">
            {t.reviewLanguageHint}
          </p>
          <FieldError name="reviewLanguage" errors={errors} />
          <label class="inline-choice">
            <input type="radio" name="reviewLanguage" value="en" checked={selectedLanguage === 'en'} /> <span lang="en">{t.languageEn}</span>
          </label>
          <label class="inline-choice">
            <input type="radio" name="reviewLanguage" value="zh-cn" checked={selectedLanguage === 'zh-cn'} /> <span lang="zh-CN">{t.languageZh}</span>
          </label>
        </fieldset>

        <div class="field">
          <label for="field-concerns">{t.concerns}</label>
          <p class="hint" id="concerns-hint">
            {t.concernsHint}
          </p>
          <FieldError name="concerns" errors={errors} />
          <textarea id="field-concerns" name="concerns" rows={6} maxlength={5000} required aria-describedby={describedBy('concerns', errors)} aria-invalid={errors['concerns'] ? 'true' : undefined}>
            {values.concerns ?? ''}
          </textarea>
        </div>

        <div class="field">
          <label for="field-urgency">{t.urgency}</label>
          <FieldError name="urgency" errors={errors} />
          <select id="field-urgency" name="urgency" aria-describedby={describedBy('urgency', errors, false)}>
            {Urgency.options.map((urgency) => (
              <option value={urgency} selected={(values.urgency ?? 'planning') === urgency}>
                {t.urgencies[urgency]}
              </option>
            ))}
          </select>
        </div>

        {reportId ? (
          <input type="hidden" name="reportId" value={reportId} />
        ) : (
          <div class="field">
            <label for="field-reportId">{t.reportField}</label>
            <p class="hint" id="reportId-hint">
              {t.reportFieldHint} <a href={`${prefix}/review/`}>{t.checkArchitecture}</a>
            </p>
            <FieldError name="reportId" errors={errors} />
            <input
              id="field-reportId"
              name="reportId"
              type="text"
              autocomplete="off"
              value={values.reportId ?? ''}
              aria-describedby={describedBy('reportId', errors)}
              aria-invalid={errors['reportId'] ? 'true' : undefined}
            />
          </div>
        )}

        <p class="hint">{t.submitNote}</p>
        <button type="submit" class="button">
          {/* The event tier shows its readiness results before payment; styles pick the label for the chosen tier. */}
          <span class="submit-default">{t.submit}</span>
          <span class="submit-event">{eventStrings[language].submitEvent}</span>
        </button>
      </form>
    </Shell>
  );
}
