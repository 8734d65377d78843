/** First-response time per tier against its promise: p50, p90, breaches and cases still waiting. */
import type { Language } from '../../schemas/requests.ts';
import { tierName } from '../../services/requests.ts';
import type { TierMetrics } from '../../services/sla.ts';
import { consoleStrings } from '../strings/console.ts';
import { durationText } from './countdown.tsx';
import { ConsoleFrame } from './frame.tsx';

export interface MetricsPageProps {
  language: Language;
  reviewer: string;
  csrfToken: string;
  alternate: string;
  metrics: TierMetrics[];
}

export function MetricsPage(props: MetricsPageProps) {
  const t = consoleStrings[props.language];
  const minutes = (value: number | null) => (value === null ? t.metrics.noData : durationText(Math.max(1, Math.ceil(value)), t.countdown));
  return (
    <ConsoleFrame language={props.language} title={t.metrics.title} section="metrics" reviewer={props.reviewer} csrfToken={props.csrfToken} alternate={props.alternate}>
      <h1>{t.metrics.title}</h1>
      <p>{t.metrics.intro}</p>
      <div class="table-scroll" role="region" aria-labelledby="metrics-caption" tabindex={0}>
        <table class="console-table metrics">
          <caption id="metrics-caption">{t.metrics.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.metrics.tier}</th>
              <th scope="col">{t.metrics.target}</th>
              <th scope="col">{t.metrics.responded}</th>
              <th scope="col">{t.metrics.p50}</th>
              <th scope="col">{t.metrics.p90}</th>
              <th scope="col">{t.metrics.against}</th>
              <th scope="col">{t.metrics.breaches}</th>
              <th scope="col">{t.metrics.waiting}</th>
            </tr>
          </thead>
          <tbody>
            {props.metrics.map((row) => (
              <tr>
                <th scope="row">{tierName(row.tier, props.language)}</th>
                <td>{durationText(row.targetMinutes, t.countdown)}</td>
                <td class="number">{row.responded}</td>
                <td>{minutes(row.p50Minutes)}</td>
                <td>{minutes(row.p90Minutes)}</td>
                <td>{row.p90Minutes === null ? t.metrics.noData : row.p90Minutes <= row.targetMinutes ? t.metrics.within : <strong class="over-target">{t.metrics.over}</strong>}</td>
                <td class="number">{row.breaches}</td>
                <td class="number">{row.waiting}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </ConsoleFrame>
  );
}
