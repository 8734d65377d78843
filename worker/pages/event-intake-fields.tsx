/**
 * The event-readiness part of the request form. Always in the page (the form works without scripts); styles
 * show it only while the event tier is chosen, and the server asks for it only then.
 */
import { EventType } from '../../checks/index.ts';
import type { EventFieldName } from '../schemas/events.ts';
import type { Language } from '../schemas/requests.ts';
import { eventStrings } from './strings/events.ts';

export type EventFormValues = Partial<Record<EventFieldName, string>>;

const inputs: { name: Exclude<EventFieldName, 'eventType'>; type: string; inputmode?: 'numeric' | 'decimal'; autocomplete?: string; required?: boolean }[] = [
  { name: 'eventDate', type: 'date', required: true },
  { name: 'eventTime', type: 'time', required: true },
  { name: 'timeZone', type: 'text', autocomplete: 'off', required: true },
  { name: 'durationMinutes', type: 'text', inputmode: 'numeric', required: true },
  { name: 'peakRps', type: 'text', inputmode: 'decimal', required: true },
  { name: 'baselineRps', type: 'text', inputmode: 'decimal' },
  { name: 'concurrentUsers', type: 'text', inputmode: 'numeric' },
  { name: 'peakWritesPerSecond', type: 'text', inputmode: 'decimal' },
  { name: 'perInstanceRps', type: 'text', inputmode: 'decimal' },
  { name: 'regions', type: 'text', autocomplete: 'off' },
];

export function EventIntakeFields({ language, values, errors }: { language: Language; values: EventFormValues; errors: Record<string, string> }) {
  const t = eventStrings[language];
  const describedBy = (name: string, hint: boolean) => [hint ? `${name}-hint` : '', errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
  const error = (name: string) =>
    errors[name] ? (
      <p class="field-error" id={`${name}-error`}>
        {errors[name]}
      </p>
    ) : null;
  return (
    <fieldset class="event-fields" id="field-event">
      <legend>{t.legend}</legend>
      <p class="hint">{t.intro}</p>
      <div class="field">
        <label for="field-eventType">{t.fields.eventType.label}</label>
        {error('eventType')}
        <select id="field-eventType" name="eventType" aria-describedby={describedBy('eventType', false)}>
          {EventType.options.map((type) => (
            <option value={type} selected={(values.eventType ?? 'launch') === type}>
              {t.eventTypes[type]}
            </option>
          ))}
        </select>
      </div>
      <div class="field-grid">
        {inputs.map((input) => {
          const text = t.fields[input.name];
          return (
            <div class="field">
              <label for={`field-${input.name}`}>{text.label}</label>
              {text.hint && (
                <p class="hint" id={`${input.name}-hint`}>
                  {text.hint}
                </p>
              )}
              {error(input.name)}
              <input
                id={`field-${input.name}`}
                name={input.name}
                type={input.type}
                inputmode={input.inputmode}
                autocomplete={input.autocomplete}
                value={values[input.name] ?? (input.name === 'timeZone' ? (language === 'zh-cn' ? 'Asia/Shanghai' : '') : '')}
                aria-describedby={describedBy(input.name, Boolean(text.hint))}
                aria-invalid={errors[input.name] ? 'true' : undefined}
              />
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
