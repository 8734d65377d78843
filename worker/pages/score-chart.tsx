/** Scores as a horizontal bar chart in plain SVG: no chart library, readable by screen readers through a table. */
import { Pillar, type Report } from '../../checks/index.ts';
import type { ReportStrings } from './strings/report.ts';

const barClass = (score: number | null) => (score === null ? 'bar-none' : score >= 80 ? 'bar-good' : score >= 50 ? 'bar-fair' : 'bar-poor');

export function ScoreChart({ scores, t }: { scores: Report['scores']; t: ReportStrings }) {
  const rows = [{ label: t.overall, score: scores.overall }, ...Pillar.options.map((pillar) => ({ label: t.pillars[pillar], score: scores.pillars[pillar] }))];
  const rowHeight = 28;
  const labelWidth = 190;
  const barWidth = 300;
  const summary = rows.map((row) => `${row.label} ${row.score ?? t.notAssessed}`).join(', ');
  return (
    <figure class="score-chart">
      <svg viewBox={`0 0 ${labelWidth + barWidth + 50} ${rows.length * rowHeight}`} role="img" aria-label={t.scoreChart(summary)} width="100%">
        {rows.map((row, index) => (
          <g transform={`translate(0 ${index * rowHeight})`}>
            <text x="0" y="18" class="chart-label">
              {row.label}
            </text>
            <rect x={labelWidth} y="6" width={barWidth} height="16" class="bar-track" rx="3" />
            <rect x={labelWidth} y="6" width={((row.score ?? 0) / 100) * barWidth} height="16" class={barClass(row.score)} rx="3" />
            <text x={labelWidth + barWidth + 8} y="18" class="chart-value">
              {row.score ?? '–'}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
