/**
 * PEM private key blocks (`-----BEGIN RSA PRIVATE KEY-----` … `-----END RSA PRIVATE KEY-----`), also written on
 * one line with `\n` escapes in JSON, and also when the END line is missing. Linear: each END search starts
 * after the previous block, and once no END is left none is searched for again.
 */
import type { Span } from './span.ts';

const begin = '-----BEGIN ';
const end = '-----END ';
const dashes = '-----';
/** Longest label between `BEGIN ` and `-----`: `ENCRYPTED PRIVATE KEY`, `OPENSSH PRIVATE KEY`, `PGP PRIVATE KEY BLOCK`. */
const maxLabel = 40;

/** The offset just past the `-----` that closes the label starting at `from`, or -1. */
function labelEnd(text: string, from: number): number {
  for (let index = from; index < text.length && index - from <= maxLabel; index++) {
    const code = text.charCodeAt(index);
    if (code === 45) return text.startsWith(dashes, index) ? index + dashes.length : -1;
    if (!((code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 32)) return -1;
  }
  return -1;
}

/** Base64 body characters, and the `\` of a JSON `\n` escape. */
const isBody = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || code === 43 || code === 47 || code === 61 || code === 92;

/** Without an END: the rest of the BEGIN line and every following line made only of base64 (a truncated paste). */
function bodyEnd(text: string, from: number): number {
  let stop = from;
  while (stop < text.length && (isBody(text.charCodeAt(stop)) || text.charCodeAt(stop) === 32 || text.charCodeAt(stop) === 9)) stop++;
  while (text.charCodeAt(stop) === 10 || (text.charCodeAt(stop) === 13 && text.charCodeAt(stop + 1) === 10)) {
    let lineStart = stop + (text.charCodeAt(stop) === 13 ? 2 : 1);
    while (text.charCodeAt(lineStart) === 32 || text.charCodeAt(lineStart) === 9) lineStart++;
    let lineEnd = lineStart;
    while (lineEnd < text.length && isBody(text.charCodeAt(lineEnd))) lineEnd++;
    const atBreak = lineEnd >= text.length || text.charCodeAt(lineEnd) === 10 || text.charCodeAt(lineEnd) === 13;
    if (lineEnd === lineStart || !atBreak) break;
    stop = lineEnd;
  }
  return stop;
}

/** Spans of every private key block in `text`, markers included. */
export function findPrivateKeys(text: string): Span[] {
  const spans: Span[] = [];
  let endsLeft = true;
  let from = 0;
  for (let at = text.indexOf(begin, from); at !== -1; at = text.indexOf(begin, from)) {
    const markerEnd = labelEnd(text, at + begin.length);
    if (markerEnd === -1 || !text.slice(at + begin.length, markerEnd).includes('PRIVATE KEY')) {
      from = at + begin.length;
      continue;
    }
    const closing = endsLeft ? text.indexOf(end, markerEnd) : -1;
    if (closing === -1) {
      endsLeft = false;
      const stop = bodyEnd(text, markerEnd);
      spans.push({ start: at, end: stop });
      from = Math.max(stop, markerEnd);
      continue;
    }
    const closingEnd = labelEnd(text, closing + end.length);
    const stop = closingEnd === -1 ? closing + end.length : closingEnd;
    spans.push({ start: at, end: stop });
    from = stop;
  }
  return spans;
}
