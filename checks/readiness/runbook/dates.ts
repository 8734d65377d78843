/**
 * Dates and times in the event's time zone. Days before the event are counted on the calendar of that zone (so a
 * daylight-saving change between them moves nothing); instants such as "one hour before" are counted in time.
 */

export interface LocalDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  /** 0 Sunday – 6 Saturday. */
  weekday: number;
}

export interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
}

/** Whether the runtime knows an IANA time zone name, e.g. `Asia/Shanghai`. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

const weekdays = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The wall-clock date and time of an instant in a zone. */
export function localDateTime(epochMs: number, timeZone: string): LocalDateTime {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    hourCycle: 'h23',
    weekday: 'short',
  }).formatToParts(new Date(epochMs));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  return {
    year: Number(part('year')),
    month: Number(part('month')),
    day: Number(part('day')),
    hour: Number(part('hour')) % 24,
    minute: Number(part('minute')),
    weekday: weekdays.indexOf(part('weekday')),
  };
}

/** The calendar date `days` after (negative: before) a date. */
export function addDays(date: LocalDate, days: number): LocalDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate(), weekday: moved.getUTCDay() };
}

const pad = (value: number) => String(value).padStart(2, '0');
export const clock = (time: LocalDateTime) => `${pad(time.hour)}:${pad(time.minute)}`;

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const weekdaysZh = '日一二三四五六';

/** `Mon 26 Oct 2026` / `2026年10月26日（周一）`: written out, the same in every runtime. */
export function formatDate(date: LocalDate, language: 'en' | 'zh-cn'): string {
  if (language === 'zh-cn') return `${date.year}年${date.month}月${date.day}日（周${weekdaysZh[date.weekday]}）`;
  return `${weekdays[date.weekday]} ${date.day} ${months[date.month - 1]} ${date.year}`;
}

/**
 * The instant a wall-clock time in a zone stands for, e.g. 20:00 on 11 November 2026 in `Asia/Shanghai`. For a
 * time skipped by a daylight-saving change, the instant after the gap; for a repeated one, the first.
 */
export function zonedTimeToEpoch(local: Omit<LocalDateTime, 'weekday'>, timeZone: string): number {
  const wanted = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const offsetAt = (epochMs: number) => {
    const seen = localDateTime(epochMs, timeZone);
    return Date.UTC(seen.year, seen.month - 1, seen.day, seen.hour, seen.minute) - epochMs;
  };
  let guess = wanted - offsetAt(wanted);
  // A second pass settles times near a change of offset.
  guess = wanted - offsetAt(guess);
  return guess;
}
