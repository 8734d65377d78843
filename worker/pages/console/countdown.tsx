/**
 * Deadlines as reviewers read them: a countdown ("2 h 14 min left", "overdue by 12 min") in a `<time>`
 * that site/public/js/console.js keeps current, and absolute times in UTC. The server renders the right
 * text at load, so the page is correct without script.
 */
import type { ConsoleStrings } from '../strings/console.ts';

const minute = 60_000;

/** Whole days, hours and minutes, the two largest units that apply: "1 d 3 h", "2 h 14 min", "12 min". */
export function durationText(minutes: number, t: ConsoleStrings['countdown']): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const rest = minutes % 60;
  const parts = days > 0 ? [t.day(days), hours > 0 ? t.hour(hours) : ''] : hours > 0 ? [t.hour(hours), rest > 0 ? t.minute(rest) : ''] : [t.minute(rest)];
  return parts.filter(Boolean).join(' ');
}

/** Rounded up to whole minutes, so "1 min left" lasts until the deadline and "overdue" starts right at it. */
export function countdownText(deadline: number, now: number, t: ConsoleStrings['countdown']): string {
  const minutes = Math.max(1, Math.ceil(Math.abs(deadline - now) / minute));
  return deadline > now ? t.left(durationText(minutes, t)) : t.overdue(durationText(minutes, t));
}

/** An absolute time to the minute, in UTC. */
export function utcText(at: number, t: ConsoleStrings): string {
  return t.utc(new Date(at).toISOString().slice(0, 16).replace('T', ' '));
}

export function Countdown({ deadline, now, t }: { deadline: number; now: number; t: ConsoleStrings }) {
  const iso = new Date(deadline).toISOString();
  return (
    <time class="countdown" datetime={iso} data-deadline={iso}>
      {countdownText(deadline, now, t.countdown)}
    </time>
  );
}

/** A moment in the past or future, in UTC, as a `<time>`. */
export function Moment({ at, t }: { at: number; t: ConsoleStrings }) {
  return <time datetime={new Date(at).toISOString()}>{utcText(at, t)}</time>;
}
