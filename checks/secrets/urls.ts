/**
 * Passwords written into URLs and connection URIs: `postgres://app:pw@db`, `mongodb+srv://u:pw@cluster`,
 * `https://user:pw@host`, `redis://:pw@cache`. Only the password is hidden; user and host stay readable.
 * Linear: the user-info part cannot hold `/`, so no `://` starts inside a stretch already read.
 */
import { isReferenceAt } from './names.ts';
import type { Span } from './span.ts';

/** Longest user-info part read; longer is not a credential. */
const maxUserInfo = 512;

/** Characters that end the user-info part of a URL as written in templates, scripts and JSON strings. */
function endsUserInfo(code: number): boolean {
  return code <= 32 || code === 47 || code === 63 || code === 35 || code === 34 || code === 39 || code === 96 || code === 60 || code === 62 || code === 92 || code === 91 || code === 93;
}

/** Spans of the passwords in every `scheme://user:password@host` in `text`. */
export function findUrlCredentials(text: string): Span[] {
  const spans: Span[] = [];
  let from = 0;
  for (let at = text.indexOf('://', from); at !== -1; at = text.indexOf('://', from)) {
    const start = at + 3;
    let stop = start;
    let firstColon = -1;
    let lastAt = -1;
    while (stop < text.length && stop - start <= maxUserInfo && !endsUserInfo(text.charCodeAt(stop))) {
      const code = text.charCodeAt(stop);
      if (code === 64) lastAt = stop;
      else if (code === 58 && firstColon === -1) firstColon = stop;
      stop++;
    }
    if (firstColon !== -1 && firstColon < lastAt && !isReferenceAt(text, firstColon + 1, lastAt)) spans.push({ start: firstColon + 1, end: lastAt });
    from = Math.max(stop, start);
  }
  return spans;
}
