/**
 * `plumbline readiness`: its flags, the peak profile they describe, and the text output (one line per item with its
 * arithmetic). No file system, so tests run it as the CLI does.
 */
import { PeakProfile, type EventType, type PeakProfileInput, type ReadinessReport } from '../readiness/schema.ts';
import { isTimeZone, zonedTimeToEpoch } from '../readiness/runbook/dates.ts';
import type { RunbookLanguage } from '../readiness/runbook/index.ts';

/** A flag with a value the command cannot use; the CLI prints it with the command's usage and exits 2. */
export class FlagError extends Error {}

export const readinessFlags = {
  'peak-rps': { type: 'string' },
  'duration-minutes': { type: 'string' },
  'event-type': { type: 'string' },
  'baseline-rps': { type: 'string' },
  'writes-per-second': { type: 'string' },
  'per-instance-rps': { type: 'string' },
  'lambda-duration-ms': { type: 'string' },
  'connections-per-instance': { type: 'string' },
  'concurrent-users': { type: 'string' },
  region: { type: 'string', multiple: true },
  param: { type: 'string', multiple: true, short: 'p' },
  format: { type: 'string', short: 'f' },
  'runbook-start': { type: 'string' },
  'time-zone': { type: 'string' },
  language: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type ReadinessFlags = {
  [K in keyof typeof readinessFlags]?: (typeof readinessFlags)[K] extends { multiple: true } ? string[] : (typeof readinessFlags)[K]['type'] extends 'boolean' ? boolean : string;
};

/** Profile fields by the flag that sets them, so a schema complaint names the flag the user typed. */
const numberFlags = {
  'peak-rps': 'peakRps',
  'duration-minutes': 'durationMinutes',
  'baseline-rps': 'baselineRps',
  'writes-per-second': 'peakWritesPerSecond',
  'per-instance-rps': 'perInstanceRps',
  'lambda-duration-ms': 'lambdaDurationMs',
  'connections-per-instance': 'connectionsPerInstance',
  'concurrent-users': 'concurrentUsers',
} as const;

export function profileFromFlags(flags: ReadinessFlags): PeakProfileInput {
  if (flags['peak-rps'] === undefined) throw new FlagError('readiness needs --peak-rps, the requests per second expected at the peak');
  const profile: Record<string, unknown> = { durationMinutes: 60, eventType: flags['event-type'] ?? 'peak', regions: flags.region ?? [] };
  for (const [flag, field] of Object.entries(numberFlags)) {
    const raw = flags[flag as keyof typeof numberFlags];
    if (raw === undefined) continue;
    const value = Number(raw);
    if (raw.trim() === '' || !Number.isFinite(value)) throw new FlagError(`--${flag} expects a number, got "${raw}"`);
    profile[field] = value;
  }
  const parsed = PeakProfile.safeParse(profile);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = String(issue.path[0]);
    const flag = field === 'eventType' ? 'event-type' : field === 'regions' ? 'region' : Object.entries(numberFlags).find(([, name]) => name === field)?.[0];
    if (field === 'eventType') throw new FlagError(`unknown --event-type "${flags['event-type']}"; use launch, migration, flash-sale or peak`);
    if (field === 'regions') throw new FlagError(`--region expects a Region code such as us-east-1, got "${flags.region?.[Number(issue.path[1])] ?? ''}"`);
    throw new FlagError(`--${flag ?? field}: ${issue.message.toLowerCase()}`);
  }
  return profile as PeakProfileInput;
}

export interface RunbookRequest {
  startsAt: number;
  timeZone: string;
  language: RunbookLanguage;
}

export function languageFrom(flags: ReadinessFlags): RunbookLanguage {
  const language = flags.language ?? 'en';
  if (language !== 'en' && language !== 'zh-cn') throw new FlagError(`unknown --language "${language}"; use en or zh-cn`);
  return language;
}

const isoLocal = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/**
 * `--runbook-start 2026-11-11T20:00 --time-zone Asia/Shanghai`: a time without an offset is wall-clock time in the
 * event's zone; one with an offset (`Z`, `+08:00`) is that instant.
 */
export function runbookRequest(flags: ReadinessFlags): RunbookRequest | undefined {
  const start = flags['runbook-start'];
  if (start === undefined) {
    if (flags['time-zone'] !== undefined) throw new FlagError('--time-zone needs --runbook-start');
    return undefined;
  }
  const timeZone = flags['time-zone'];
  if (timeZone === undefined) throw new FlagError('--runbook-start needs --time-zone, the IANA time zone of the event (e.g. Europe/London)');
  if (!isTimeZone(timeZone)) throw new FlagError(`unknown --time-zone "${timeZone}"; use an IANA name such as Asia/Shanghai`);
  if (flags.format !== undefined) throw new FlagError('--runbook-start prints the runbook in Markdown; leave out --format');
  const local = isoLocal.exec(start);
  let startsAt: number;
  if (local) {
    const [year, month, day, hour, minute] = local.slice(1, 6).map(Number) as [number, number, number, number, number];
    const realDate = new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day && month >= 1 && month <= 12;
    startsAt = realDate && hour <= 23 && minute <= 59 ? zonedTimeToEpoch({ year, month, day, hour, minute }, timeZone) : NaN;
  } else startsAt = /^\d{4}-\d{2}-\d{2}T.*(Z|[+-]\d{2}:?\d{2})$/i.test(start) ? Date.parse(start) : NaN;
  if (!Number.isFinite(startsAt)) throw new FlagError(`--runbook-start expects an ISO date and time such as 2026-11-11T20:00, got "${start}"`);
  return { startsAt, timeZone, language: languageFrom(flags) };
}

const statusLabel = { pass: 'PASS', warn: 'WARN', fail: 'FAIL' } as const;

const words = {
  en: {
    heading: (rps: string, minutes: number, type: string, pass: number, warn: number, fail: number) =>
      `Readiness for ${rps} requests per second over ${minutes} minutes (${type}): ${pass} pass, ${warn} warn, ${fail} fail`,
    eventTypes: { launch: 'launch', migration: 'migration', 'flash-sale': 'flash sale', peak: 'peak' } satisfies Record<EventType, string>,
    colon: ': ',
    separator: '; ',
    quotas: 'Quotas to raise (in each Region of the event):',
    askFor: (value: string, defaultValue: string | undefined) => `ask for ${value}${defaultValue === undefined ? '' : ` (default ${defaultValue})`}`,
    assumptions: 'Assumptions:',
  },
  'zh-cn': {
    heading: (rps: string, minutes: number, type: string, pass: number, warn: number, fail: number) =>
      `就绪评估：每秒 ${rps} 个请求，持续 ${minutes} 分钟（${type}）：${pass} 项通过，${warn} 项警告，${fail} 项未通过`,
    eventTypes: { launch: '产品发布', migration: '迁移切换', 'flash-sale': '限时抢购', peak: '流量高峰' } satisfies Record<EventType, string>,
    colon: '：',
    separator: '；',
    quotas: '需要提高的配额（活动涉及的每个区域都要申请）：',
    askFor: (value: string, defaultValue: string | undefined) => `申请 ${value}${defaultValue === undefined ? '' : `（默认 ${defaultValue}）`}`,
    assumptions: '假设：',
  },
};

/** One line per item: status, check, where, title and its arithmetic; then the quotas and assumptions. */
export function renderReadinessText(report: ReadinessReport, language: RunbookLanguage): string {
  const text = words[language];
  const grouped = (value: number) => value.toLocaleString('en-US');
  const { profile, summary } = report;
  const lines = [text.heading(grouped(profile.peakRps), profile.durationMinutes, text.eventTypes[profile.eventType], summary.pass, summary.warn, summary.fail), ''];
  for (const item of report.items) {
    const where = item.location ? ` ${item.location.file}:${item.location.line}` : '';
    lines.push(`${statusLabel[item.status]} ${item.check}${where} ${item.title[language]}${text.colon}${item.arithmetic.map((line) => line[language]).join(text.separator)}`);
  }
  if (report.quotas.length > 0) {
    lines.push('', text.quotas);
    for (const quota of report.quotas)
      lines.push(
        `  ${quota.service}${text.colon}${quota.quota}${quota.code ? ` (${quota.code})` : ''}${text.colon}${text.askFor(grouped(quota.askFor), quota.defaultValue === undefined ? undefined : grouped(quota.defaultValue))}`,
      );
  }
  if (report.assumptions.length > 0) lines.push('', text.assumptions, ...report.assumptions.map((assumption) => `  ${assumption[language]}`));
  return lines.join('\n') + '\n';
}
