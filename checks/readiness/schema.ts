/**
 * Shapes of an event-readiness assessment: the expected peak a customer describes, and the pass / warn / fail
 * items that hold an architecture against it, each with its arithmetic in both languages. One source for the
 * engine, the CLI's JSON output and the Worker's stored results.
 */
import { z } from 'zod';

export const EventType = z.enum(['launch', 'migration', 'flash-sale', 'peak']);
export type EventType = z.infer<typeof EventType>;

/** Text every reader sees in their own language; stored with both, so a stored assessment needs no re-rendering. */
export const LocalizedText = z.object({ en: z.string(), 'zh-cn': z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** The expected peak. Optional numbers fall back to defaults the assessment states as assumptions. */
export const PeakProfile = z.object({
  eventType: EventType.default('peak'),
  /** Requests per second at the peak, across the whole workload. */
  peakRps: z.number().positive().max(100_000_000),
  /** Requests per second on a normal day, for the ratio the runbook quotes. */
  baselineRps: z.number().nonnegative().max(100_000_000).optional(),
  concurrentUsers: z.number().int().nonnegative().max(1_000_000_000).optional(),
  /** Database writes (or orders) per second at the peak; defaults to a stated share of peakRps. */
  peakWritesPerSecond: z.number().nonnegative().max(100_000_000).optional(),
  /** How long the peak lasts. */
  durationMinutes: z
    .number()
    .int()
    .positive()
    .max(14 * 24 * 60),
  /** Requests one instance (or task) serves per second; the assessment states the default it uses. */
  perInstanceRps: z.number().positive().max(10_000_000).optional(),
  /** Average Lambda duration, for concurrency = rps × seconds. */
  lambdaDurationMs: z.number().positive().max(900_000).optional(),
  /** Database connections each instance or task opens (its pool size). */
  connectionsPerInstance: z.number().int().positive().max(100_000).optional(),
  /** AWS Regions the event runs in, e.g. `us-east-1`. */
  regions: z
    .array(z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/))
    .max(30)
    .default([]),
});
export type PeakProfile = z.infer<typeof PeakProfile>;
export type PeakProfileInput = z.input<typeof PeakProfile>;

export const ReadinessStatus = z.enum(['pass', 'warn', 'fail']);
export type ReadinessStatus = z.infer<typeof ReadinessStatus>;

/** Where an item points: a resource of the checked architecture. */
export const ReadinessLocation = z.object({ address: z.string(), file: z.string(), line: z.number().int().positive() });

export const ReadinessItem = z.object({
  /** The check that produced it, e.g. `autoscaling-capacity`; stable, for tests and the runbook. */
  check: z.string().regex(/^[a-z0-9-]+$/),
  status: ReadinessStatus,
  location: ReadinessLocation.optional(),
  title: LocalizedText,
  /** The working, one line each: "5,000 rps ÷ 400 rps per instance = 13 instances needed; MaxSize is 8". */
  arithmetic: z.array(LocalizedText),
  /** What to do about it (for warn and fail). */
  advice: LocalizedText.optional(),
});
export type ReadinessItem = z.infer<typeof ReadinessItem>;

/** A service quota to raise before the event, with the number to ask for. */
export const QuotaRequest = z.object({
  service: z.string(),
  /** The quota's name as the Service Quotas console shows it. */
  quota: z.string(),
  /** Its Service Quotas code when known, e.g. `L-B99A9384`. */
  code: z.string().optional(),
  /** The default value for a typical account, when there is one. */
  defaultValue: z.number().optional(),
  askFor: z.number(),
  reason: LocalizedText,
});
export type QuotaRequest = z.infer<typeof QuotaRequest>;

export const ReadinessReport = z.object({
  readinessVersion: z.literal('1'),
  profile: PeakProfile,
  /** Defaults the assessment used because the profile left a number out. */
  assumptions: z.array(LocalizedText),
  items: z.array(ReadinessItem),
  quotas: z.array(QuotaRequest),
  summary: z.object({ pass: z.number().int(), warn: z.number().int(), fail: z.number().int() }),
});
export type ReadinessReport = z.infer<typeof ReadinessReport>;
