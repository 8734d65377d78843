/**
 * The event-readiness intake: what a customer tells us about a launch, a migration cut-over or a flash sale.
 * Form fields arrive as text; this schema turns them into the numbers the readiness checks need and says
 * which field is wrong when they cannot.
 */
import { z } from 'zod';
import { EventType, isTimeZone } from '../../checks/index.ts';

/** An IANA time zone the runtime knows (`Asia/Shanghai`, `Europe/Berlin`, `UTC`). */
export const TimeZone = z.string().trim().min(1).max(64).refine(isTimeZone, 'not a time zone this service knows (use a name like Asia/Shanghai or Europe/Berlin)');

/** A number typed into a form: empty means not given; thousands separators are allowed. */
const typedNumber = (max: number) =>
  z
    .string()
    .trim()
    .transform((text) => text.replace(/[,\s_，]/g, ''))
    .pipe(
      z.union([
        z.literal('').transform(() => undefined),
        z
          .string()
          .regex(/^\d+(\.\d+)?$/, 'a number')
          .transform(Number)
          .pipe(z.number().positive().max(max)),
      ]),
    );

const requiredNumber = (max: number) => typedNumber(max).pipe(z.number({ error: 'required' }));

export const EventIntakeForm = z.object({
  eventType: EventType,
  /** Local date and time of the start, in `timeZone`. */
  eventDate: z.iso.date(),
  eventTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM, 24-hour'),
  timeZone: TimeZone,
  durationMinutes: requiredNumber(14 * 24 * 60).pipe(z.number().int()),
  peakRps: requiredNumber(100_000_000),
  baselineRps: typedNumber(100_000_000),
  concurrentUsers: typedNumber(1_000_000_000),
  peakWritesPerSecond: typedNumber(100_000_000),
  perInstanceRps: typedNumber(10_000_000),
  regions: z
    .string()
    .trim()
    .max(400)
    .transform((text) => text.split(/[\s,，]+/).filter(Boolean))
    .pipe(z.array(z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d$/, 'list Region codes such as us-east-1, separated by commas')).max(30)),
});
export type EventIntakeForm = z.input<typeof EventIntakeForm>;

/** The intake as stored on the request (`event_json`). */
export const EventIntake = z.object({
  eventType: EventType,
  eventDate: z.string(),
  eventTime: z.string(),
  timeZone: z.string(),
  durationMinutes: z.number().int().positive(),
  peakRps: z.number().positive(),
  baselineRps: z.number().optional(),
  concurrentUsers: z.number().optional(),
  peakWritesPerSecond: z.number().optional(),
  perInstanceRps: z.number().optional(),
  regions: z.array(z.string()),
});
export type EventIntake = z.infer<typeof EventIntake>;

/** The form fields of the intake, in the order the form shows them. */
export const eventFieldNames = [
  'eventType',
  'eventDate',
  'eventTime',
  'timeZone',
  'durationMinutes',
  'peakRps',
  'baselineRps',
  'concurrentUsers',
  'peakWritesPerSecond',
  'perInstanceRps',
  'regions',
] as const;
export type EventFieldName = (typeof eventFieldNames)[number];
