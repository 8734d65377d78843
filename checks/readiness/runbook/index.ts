/**
 * A printable event runbook in Markdown, from a readiness report: roles, a dated timeline from six weeks before to
 * the post-event review (tailored by event type, with every item that did not pass as a task), the dashboard,
 * rollback points and scenario runbooks. Only headings, lists, task lists, tables and bold, for the safe renderer.
 *
 * @example
 * runbookMarkdown({ report, startsAt: Date.parse('2026-11-11T12:00:00Z'), timeZone: 'Asia/Shanghai', language: 'zh-cn' });
 */
import { defaultPerInstanceRps, headroom } from '../defaults.ts';
import type { ReadinessReport } from '../schema.ts';
import { num } from '../text.ts';
import { addDays, clock, formatDate, isTimeZone, localDateTime, type LocalDate } from './dates.ts';
import { roles, type Role } from './roles.ts';
import { en } from './text/en.ts';
import type { RunbookText, TaskValues } from './text/types.ts';
import { zhCn } from './text/zh-cn.ts';
import { applies, checkPlacement, defaultPlacement, phases, plannedTasks, scenarios, type PhaseId } from './timeline.ts';

export type RunbookLanguage = 'en' | 'zh-cn';

export interface RunbookOptions {
  report: ReadinessReport;
  /** When the event starts, epoch milliseconds. */
  startsAt: number;
  /** IANA time zone the dates are written in, e.g. `Europe/London`. */
  timeZone: string;
  language: RunbookLanguage;
}

export const runbookTexts: Record<RunbookLanguage, RunbookText> = { en, 'zh-cn': zhCn };

const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const row = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
const table = (header: string[], rows: string[][]) => [row(header), row(header.map(() => '---')), ...rows.map(row)];
const sameDay = (a: LocalDate, b: LocalDate) => a.year === b.year && a.month === b.month && a.day === b.day;

export function runbookMarkdown({ report, startsAt, timeZone, language }: RunbookOptions): string {
  if (!Number.isFinite(startsAt)) throw new RangeError('startsAt must be a time in epoch milliseconds');
  if (!isTimeZone(timeZone)) throw new RangeError(`unknown time zone "${timeZone}"`);
  const text = runbookTexts[language];
  const { profile } = report;
  const start = localDateTime(startsAt, timeZone);
  const at = (epochMs: number) => {
    const local = localDateTime(epochMs, timeZone);
    return sameDay(local, start) ? clock(local) : `${formatDate(local, language)} ${clock(local)}`;
  };
  const dateOf = (offsetDays: number) => formatDate(addDays(start, offsetDays), language);
  const regions = profile.regions.length > 0 ? profile.regions.map((region) => `\`${region}\``).join(language === 'en' ? ', ' : '、') : text.facts.allRegions;
  const instances = Math.ceil(Math.ceil(profile.peakRps / (profile.perInstanceRps ?? defaultPerInstanceRps)) * headroom);
  const values: TaskValues = {
    peak: text.facts.requestsPerSecond(num(profile.peakRps)),
    instances: num(instances),
    duration: text.facts.minutes(num(profile.durationMinutes)),
    start: clock(start),
    end: at(startsAt + profile.durationMinutes * 60_000),
    warRoom: at(startsAt - 3_600_000),
    regions,
  };
  const roleName = (role: Role) => text.roles[role].name;
  const task = (owner: Role, body: string) => `- [ ] **${roleName(owner)}** ${body}`;

  const { colon, comma, open, close } = text.punctuation;
  const labelled = (label: string, value: string) => `- **${label}${colon}** ${value}`;
  const facts = [
    labelled(text.facts.starts, `${formatDate(start, language)} ${clock(start)}${open}\`${timeZone}\`${close}`),
    labelled(text.facts.lasts, values.duration),
    labelled(text.facts.peak, `${values.peak}${profile.baselineRps ? `${comma}${text.facts.baseline(num(profile.baselineRps), num(profile.peakRps / profile.baselineRps))}` : ''}`),
    labelled(text.facts.regions, regions),
    labelled(text.facts.readinessLabel, text.facts.readiness(report.summary.pass, report.summary.warn, report.summary.fail)),
  ];

  const readinessTasks = new Map<PhaseId, string[]>();
  for (const item of report.items) {
    if (item.status === 'pass') continue;
    const placement = checkPlacement[item.check] ?? defaultPlacement;
    // Zones of compute are the operations lead's; zones of data stores the database owner's.
    const owner = item.check === 'multi-az' && !/^AWS::(RDS|ElastiCache)::/.test(item.location?.address ?? '') ? 'operations' : placement.owner;
    const where = item.location ? text.where(item.location.address, item.location.file, item.location.line) : undefined;
    const body = text.readinessTask(item.status, item.title[language].replace(/[.。]$/, ''), item.advice?.[language].replace(/[.。]$/, ''), where);
    readinessTasks.set(placement.phase, [...(readinessTasks.get(placement.phase) ?? []), task(owner, body)]);
  }

  const timeline: string[] = [];
  for (const phase of phases) {
    timeline.push('', `### ${dateOf(phase.offsetDays)} — ${text.phases[phase.id]}`, '');
    const planned = plannedTasks.filter((planned) => planned.phase === phase.id && applies(planned.only, profile.eventType));
    timeline.push(...planned.map((planned) => task(planned.owner, text.tasks[planned.task](values))));
    timeline.push(...(readinessTasks.get(phase.id) ?? []));
    if (phase.id === 'five-weeks') {
      if (report.quotas.length === 0) timeline.push(task('operations', text.noQuotaTask(regions)));
      else {
        timeline.push(task('operations', text.quotaTask(regions)), '');
        timeline.push(
          ...table(
            text.quotaColumns,
            report.quotas.map((quota) => [
              quota.service,
              `\`${quota.quota}\``,
              quota.code ? `\`${quota.code}\`` : '',
              quota.defaultValue === undefined ? '' : num(quota.defaultValue),
              `**${num(quota.askFor)}**`,
              quota.reason[language],
            ]),
          ),
        );
      }
    }
  }

  const scenarioLines = scenarios
    .filter((scenario) => applies(scenario.only, profile.eventType))
    .flatMap((scenario) => {
      const words = text.scenarios[scenario.id];
      return [
        '',
        `### ${words.title}`,
        '',
        labelled(text.scenarioLabels.owner, roleName(scenario.owner)),
        labelled(text.scenarioLabels.detect, words.detect),
        labelled(text.scenarioLabels.act, '').trimEnd(),
        ...words.steps.map((step) => `  - [ ] ${step}`),
      ];
    });

  const freezeDate = dateOf(-7);
  const lines = [
    `# ${text.title(text.eventTypes[profile.eventType], formatDate(start, language))}`,
    '',
    ...facts,
    '',
    text.intro,
    '',
    `## ${text.headings.roles}`,
    '',
    ...table(
      [...text.contactColumns],
      roles.map((role) => [`**${roleName(role)}**`, text.roles[role].owns, '', '', '']),
    ),
    '',
    `## ${text.headings.timeline}`,
    ...timeline,
    '',
    `## ${text.headings.dashboard}`,
    '',
    text.dashboardIntro,
    '',
    ...table([...text.dashboardColumns], text.dashboardRows(values)),
    '',
    `## ${text.headings.rollback}`,
    '',
    ...text.rollbackPoints({ ...values, freezeDate, dayBefore: dateOf(-1), eventType: profile.eventType }).map((point, index) => `${index + 1}. ${point}`),
    '',
    `## ${text.headings.scenarios}`,
    ...scenarioLines,
    ...(report.assumptions.length > 0 ? ['', `## ${text.headings.assumptions}`, '', ...report.assumptions.map((assumption) => `- ${assumption[language]}`)] : []),
    '',
    text.footer,
    '',
  ];
  return lines.join('\n');
}
