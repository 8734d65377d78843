/** Everything a runbook says, once per language: a missing text fails the type-check, not the customer. */
import type { EventType, ReadinessStatus } from '../../schema.ts';
import type { Role } from '../roles.ts';
import type { PhaseId, ScenarioId, TaskId } from '../timeline.ts';

/** Numbers and times a task may quote, already formatted. */
export interface TaskValues {
  peak: string;
  /** Instances or tasks to pre-scale to: needed × headroom. */
  instances: string;
  duration: string;
  /** Local clock times on the event day. */
  start: string;
  end: string;
  warRoom: string;
  /** The Regions of the event, or a phrase for "every Region you run in". */
  regions: string;
}

export interface Scenario {
  title: string;
  detect: string;
  steps: string[];
}

export interface RunbookText {
  title: (eventType: string, date: string) => string;
  eventTypes: Record<EventType, string>;
  /** Punctuation around labels and asides: full-width in Chinese. */
  punctuation: { colon: string; comma: string; open: string; close: string };
  facts: {
    readinessLabel: string;
    starts: string;
    lasts: string;
    peak: string;
    baseline: (baseline: string, ratio: string) => string;
    regions: string;
    readiness: (pass: number, warn: number, fail: number) => string;
    minutes: (minutes: string) => string;
    requestsPerSecond: (rps: string) => string;
    allRegions: string;
  };
  intro: string;
  headings: { roles: string; timeline: string; dashboard: string; rollback: string; scenarios: string; assumptions: string };
  contactColumns: [role: string, owns: string, name: string, contact: string, backup: string];
  roles: Record<Role, { name: string; owns: string }>;
  phases: Record<PhaseId, string>;
  tasks: Record<TaskId, (values: TaskValues) => string>;
  /** A readiness item as a task: its title, its status, what to do and where. */
  readinessTask: (status: ReadinessStatus, title: string, advice: string | undefined, where: string | undefined) => string;
  /** Where a resource is declared: its address, file and line. */
  where: (address: string, file: string, line: number) => string;
  quotaTask: (regions: string) => string;
  noQuotaTask: (regions: string) => string;
  quotaColumns: [service: string, quota: string, code: string, current: string, askFor: string, why: string];
  dashboardIntro: string;
  dashboardColumns: [metric: string, alarmAt: string];
  dashboardRows: (values: TaskValues) => [string, string][];
  rollbackPoints: (values: TaskValues & { freezeDate: string; dayBefore: string; eventType: EventType }) => string[];
  scenarioLabels: { owner: string; detect: string; act: string };
  scenarios: Record<ScenarioId, Scenario>;
  footer: string;
}
