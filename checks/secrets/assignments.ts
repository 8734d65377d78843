/**
 * Values given to named keys, found by one hand-written pass over the lines: YAML mappings (plain, quoted,
 * multi-line and block scalars), JSON members, env files and shell lines (`export DB_PASSWORD=…`), connection
 * strings (`Server=…;Password=…;`) and command lines (`--password …`). Each character is looked at a bounded
 * number of times and nothing is allocated per character or per key, so the time is linear in the input
 * whatever it holds.
 */
import { takesSpacedValue } from './names.ts';

/** A value given to a key; `start`/`end` are offsets and may span lines (block scalars). */
export interface Assignment {
  key: string;
  start: number;
  end: number;
}

/** Whether the key `text[start, end)` is one whose value is wanted. */
export type KeyTest = (text: string, start: number, end: number) => boolean;

/** A key test for one exact key, e.g. `keyNamed('NoEcho')`. */
export function keyNamed(name: string): KeyTest {
  return (text, start, end) => end - start === name.length && text.startsWith(name, start);
}

interface Range {
  start: number;
  end: number;
}

const tab = 9;
const space = 32;
const bang = 33;
const quote = 34; // "
const hash = 35; // #
const ampersand = 38;
const apostrophe = 39; // '
const openParen = 40;
const asterisk = 42;
const plus = 43;
const comma = 44;
const hyphen = 45;
const colon = 58;
const semicolon = 59;
const equals = 61;
const greater = 62;
const openBracket = 91;
const backslash = 92;
const closeBracket = 93;
const backtick = 96;
const openBrace = 123;
const pipe = 124;
const closeBrace = 125;

/** Keys longer than this are prose or data. */
const maxKeyLength = 128;

const isBlank = (code: number) => code === space || code === tab;

/** Characters of an unquoted key: `MasterUserPassword`, `DB_PASSWORD`, `spring.datasource.password`, `--db-password`. */
function isKeyCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95 || code === 46 || code === hyphen;
}

/** The offset of the quote that closes the one at `open`, before `bound`, or -1. */
function closingQuote(text: string, open: number, bound: number, mark: number): number {
  for (let index = open + 1; index < bound; index++) {
    const code = text.charCodeAt(index);
    if (mark === quote) {
      if (code === backslash) index++;
      else if (code === quote) return index;
    } else if (code === apostrophe) {
      // YAML writes a quote inside single quotes as two.
      if (index + 1 < bound && text.charCodeAt(index + 1) === apostrophe) index++;
      else return index;
    }
  }
  return -1;
}

/** How a value follows its key: `key: value`, `KEY=value` (also `=>`), or `--flag value`. */
type Separator = ':' | '=' | ' ';

type Pending =
  /** A literal or folded block scalar (`|`, `>-`): every following line indented deeper than the key. */
  | { kind: 'block'; key: string; indent: number; start: number; end: number }
  /** A plain scalar that may go on over deeper lines that are not keys. */
  | { kind: 'plain'; key: string; indent: number; start: number; end: number }
  /** A key with nothing after it yet: the value may start on the next deeper line. */
  | { kind: 'next'; key: string; indent: number };

/** A quoted string left open at the end of a line (YAML lets it go on); `assignment` when it is a wanted value. */
interface OpenQuote {
  mark: number;
  indent: number;
  assignment?: Assignment;
}

class AssignmentScanner {
  private readonly text: string;
  private readonly isKey: KeyTest;
  private readonly found: (assignment: Assignment) => void;
  /** 1 in a JSON document, where every line is inside braces: unquoted values end at `,`, `]` and `}`. */
  private readonly baseFlow: number;
  private pending: Pending | undefined;
  private openQuote: OpenQuote | undefined;
  /** Start of the line being scanned, for columns and for looking back. */
  private lineStart = 0;

  constructor(text: string, isKey: KeyTest, found: (assignment: Assignment) => void, json: boolean) {
    this.text = text;
    this.isKey = isKey;
    this.found = found;
    this.baseFlow = json ? 1 : 0;
  }

  line(start: number, end: number): void {
    const text = this.text;
    this.lineStart = start;
    let first = start;
    while (first < end && text.charCodeAt(first) === space) first++;
    const indent = first - start;
    while (first < end && isBlank(text.charCodeAt(first))) first++;
    const blank = first >= end;
    if (blank && !this.openQuote && !this.pending) return;
    const comment = !blank && text.charCodeAt(first) === hash;
    let from = start;

    if (this.openQuote) {
      const open = this.openQuote;
      const close = closingQuote(text, start - 1, end, open.mark);
      if (close !== -1) {
        this.openQuote = undefined;
        if (open.assignment) this.emit(open.assignment.key, open.assignment.start, close);
        else this.scan(start, close, true, indent);
        from = close + 1;
      } else if (!blank && indent <= open.indent) {
        // Never closed: YAML would have refused it; read on as ordinary lines.
        this.openQuote = undefined;
        if (open.assignment) this.emit(open.assignment.key, open.assignment.start, open.assignment.end);
      } else {
        if (open.assignment) open.assignment.end = end;
        else this.scan(start, end, true, indent);
        return;
      }
    } else if (this.pending) {
      const pending = this.pending;
      if (pending.kind === 'block') {
        if (blank || indent > pending.indent) {
          if (!blank) pending.end = end;
          return;
        }
        this.flush();
      } else if (pending.kind === 'plain') {
        if (blank) return;
        if (indent > pending.indent && !comment && !this.isKeyLine(first, end)) {
          pending.end = this.plainEnd(first, end, ':', this.baseFlow, false);
          return;
        }
        this.flush();
      } else {
        if (blank || comment) return;
        this.pending = undefined;
        const item = text.charCodeAt(first) === hyphen && (first + 1 >= end || isBlank(text.charCodeAt(first + 1)));
        if (indent > pending.indent && !item && !this.isKeyLine(first, end)) from = this.value(pending.key, pending.indent, first, end, ':', this.baseFlow, false);
      }
    }
    this.scan(from, end, false, indent);
  }

  finish(): void {
    const open = this.openQuote?.assignment;
    if (open) this.emit(open.key, open.start, open.end);
    this.openQuote = undefined;
    this.flush();
  }

  private emit(key: string, start: number, end: number): void {
    while (end > start && isBlank(this.text.charCodeAt(end - 1))) end--;
    if (end > start) this.found({ key, start, end });
  }

  private flush(): void {
    const pending = this.pending;
    this.pending = undefined;
    if (pending && pending.kind !== 'next') this.emit(pending.key, pending.start, pending.end);
  }

  /** `key: …` or `key:` on the line (before a comment): a mapping entry, not more of a scalar. */
  private isKeyLine(first: number, end: number): boolean {
    const text = this.text;
    for (let index = first; index < end; index++) {
      const code = text.charCodeAt(index);
      if (code === colon && (index + 1 >= end || isBlank(text.charCodeAt(index + 1)))) return true;
      if (code === hash && index > first && isBlank(text.charCodeAt(index - 1))) return false;
    }
    return false;
  }

  /** A quote opens a string only where a value can start: at the line start or after `:`, `,`, `[`, `{`, `-`, `=`, `(`. */
  private atValueStart(index: number): boolean {
    const text = this.text;
    let before = index - 1;
    while (before >= this.lineStart && isBlank(text.charCodeAt(before))) before--;
    if (before < this.lineStart) return true;
    const code = text.charCodeAt(before);
    return code === colon || code === comma || code === openBracket || code === openBrace || code === hyphen || code === equals || code === openParen;
  }

  /** Scans `[from, end)` of the line for keys; `enclosed` when the stretch is the inside of a string from an earlier line. */
  private scan(from: number, end: number, enclosed: boolean, indent: number): void {
    const text = this.text;
    let bound = end;
    let inString = enclosed;
    let inComment = false;
    let flow = this.baseFlow;
    let index = from;
    while (index < end) {
      if (inString && index >= bound) {
        inString = false;
        index = bound + 1;
        bound = end;
        continue;
      }
      const code = text.charCodeAt(index);
      if (inString && code === backslash) {
        // An escape (`\n`, `\"`) is never part of a key: `\nexport DB_PASSWORD=…` still finds the key.
        index += 2;
        continue;
      }
      if (!inString && !inComment) {
        if ((code === quote || code === apostrophe) && this.atValueStart(index)) {
          const close = closingQuote(text, index, end, code);
          if (close !== -1) {
            let after = close + 1;
            while (after < end && isBlank(text.charCodeAt(after))) after++;
            if (after < end && text.charCodeAt(after) === colon) {
              // A quoted key: `"DB_PASSWORD": …`.
              const wanted = close - index - 1 <= maxKeyLength && this.isKey(text, index + 1, close);
              index = wanted ? this.value(text.slice(index + 1, close), index - this.lineStart, after + 1, end, ':', flow, false) : after + 1;
              continue;
            }
            bound = close;
          } else if (!enclosed) {
            // A quoted scalar going on over the next lines; its inside is read as a string there too.
            this.openQuote = { mark: code, indent };
          }
          inString = true;
          index++;
          continue;
        }
        if (code === openBrace || code === openBracket) flow++;
        else if ((code === closeBrace || code === closeBracket) && flow > 0) flow--;
        else if (code === hash && (index === this.lineStart || isBlank(text.charCodeAt(index - 1)))) inComment = true;
      }
      if (isKeyCharacter(code)) {
        let runEnd = index + 1;
        while (runEnd < bound && isKeyCharacter(text.charCodeAt(runEnd))) runEnd++;
        index = this.assignmentAt(index, runEnd, bound, flow, inString || inComment);
        continue;
      }
      index++;
    }
  }

  /** After the key `[runStart, runEnd)`: a separator and a value, or nothing. Returns where scanning goes on. */
  private assignmentAt(runStart: number, runEnd: number, bound: number, flow: number, enclosed: boolean): number {
    const text = this.text;
    if (runEnd - runStart > maxKeyLength) return runEnd;
    let after = runEnd;
    let quoted = false;
    const closing = text.charCodeAt(after);
    if (after < bound && (closing === quote || closing === apostrophe)) {
      after++;
      quoted = true;
    } else if (after + 1 < bound && closing === backslash && text.charCodeAt(after + 1) === quote) {
      after += 2;
      quoted = true;
    }
    let separatorAt = after;
    while (separatorAt < bound && isBlank(text.charCodeAt(separatorAt))) separatorAt++;
    if (separatorAt >= bound) return runEnd;
    const code = text.charCodeAt(separatorAt);
    let separator: Separator | undefined;
    let valueStart = separatorAt + 1;
    if (code === colon) {
      if (quoted || separatorAt + 1 >= bound || isBlank(text.charCodeAt(separatorAt + 1))) separator = ':';
    } else if (code === equals) {
      const next = text.charCodeAt(separatorAt + 1);
      if (next !== equals) separator = '=';
      if (next === greater) valueStart++;
    } else if (separatorAt > after && !quoted && code !== hyphen && takesSpacedValue(text, runStart, runEnd)) {
      separator = ' ';
      valueStart = separatorAt;
    }
    if (!separator) return runEnd;
    if (!this.isKey(text, runStart, runEnd)) return separator === ' ' ? runEnd : valueStart;
    const keyStart = quoted && runStart > this.lineStart && text.charCodeAt(runStart - 1) === closing ? runStart - 1 : runStart;
    return this.value(text.slice(runStart, runEnd), keyStart - this.lineStart, valueStart, bound, separator, flow, enclosed);
  }

  /** Reads the value of `key` from `at`; records it, or leaves it pending when it goes on over the next lines. */
  private value(key: string, keyColumn: number, at: number, bound: number, separator: Separator, flow: number, enclosed: boolean): number {
    const text = this.text;
    const multiline = separator === ':' && !enclosed;
    let start = at;
    while (start < bound && isBlank(text.charCodeAt(start))) start++;
    let code = text.charCodeAt(start);
    // One anchor (`&password hunter2`) may stand before the value.
    if (start < bound && code === ampersand && separator === ':') {
      while (start < bound && !isBlank(text.charCodeAt(start))) start++;
      while (start < bound && isBlank(text.charCodeAt(start))) start++;
      code = text.charCodeAt(start);
    }
    if (start >= bound || (separator === ':' && code === hash && start > at)) {
      if (multiline) this.pending = { kind: 'next', key, indent: keyColumn };
      return start;
    }
    if (code === quote || code === apostrophe) {
      // A JSON document in a string (`SecretString: '{"username": …}'`): its own keys say what is secret.
      if (this.opensJson(start + 1, bound)) return start;
      const close = closingQuote(text, start, bound, code);
      if (close !== -1) {
        this.emit(key, start + 1, close);
        return close + 1;
      }
      if (multiline) this.openQuote = { mark: code, indent: keyColumn, assignment: { key, start: start + 1, end: bound } };
      else this.emit(key, start + 1, bound);
      return bound;
    }
    if (code === backslash && text.charCodeAt(start + 1) === quote) {
      // `\"value\"` inside a JSON string.
      let close = start + 2;
      while (close < bound && !(text.charCodeAt(close) === backslash && text.charCodeAt(close + 1) === quote)) close += text.charCodeAt(close) === backslash ? 2 : 1;
      close = Math.min(close, bound);
      this.emit(key, start + 2, close);
      return close;
    }
    if (multiline && (code === pipe || code === greater) && this.isBlockHeader(start + 1, bound)) {
      this.pending = { kind: 'block', key, indent: keyColumn, start: bound, end: bound };
      return bound;
    }
    // A collection, a tag (`!Ref`, `!Sub`) or an alias holds no literal here; its inside is scanned as usual.
    if (separator === ':' && (code === openBrace || code === openBracket || code === bang || code === asterisk)) return start;
    const stop = this.plainEnd(start, bound, separator, flow, enclosed);
    if (multiline && stop === bound) this.pending = { kind: 'plain', key, indent: keyColumn, start, end: stop };
    else this.emit(key, start, stop);
    return stop;
  }

  /** `{"…`, `{ \"…`, `{}`, `[{`, `["…`, `[]` and the like: a string holding a JSON object or array, not a secret starting with `{`. */
  private opensJson(from: number, bound: number): boolean {
    const text = this.text;
    const skip = (index: number) => {
      while (index < bound && isBlank(text.charCodeAt(index))) index++;
      return index;
    };
    const open = skip(from);
    const code = text.charCodeAt(open);
    if (open >= bound || (code !== openBrace && code !== openBracket)) return false;
    const next = text.charCodeAt(skip(open + 1));
    if (next === quote || next === apostrophe || next === backslash) return true;
    return code === openBrace ? next === closeBrace : next === closeBracket || next === openBrace || next === openBracket;
  }

  /** `|`, `>-`, `|2+` and the like, then at most a comment. */
  private isBlockHeader(from: number, bound: number): boolean {
    const text = this.text;
    let index = from;
    while (index < bound) {
      const code = text.charCodeAt(index);
      if (code === hyphen || code === plus || (code >= 48 && code <= 57)) index++;
      else break;
    }
    while (index < bound && isBlank(text.charCodeAt(index))) index++;
    return index >= bound || (text.charCodeAt(index) === hash && index > from && isBlank(text.charCodeAt(index - 1)));
  }

  /** Where an unquoted value ends: a YAML plain scalar runs to a comment (or `,]}` in a flow collection); `=` and spaced values end at a word break. */
  private plainEnd(from: number, bound: number, separator: Separator, flow: number, enclosed: boolean): number {
    const text = this.text;
    for (let index = from; index < bound; index++) {
      const code = text.charCodeAt(index);
      if (separator === ':') {
        if (code === hash && index > from && isBlank(text.charCodeAt(index - 1))) return index;
        if (flow > 0 && (code === comma || code === closeBrace || code === closeBracket)) return index;
        if (enclosed && code === backslash) return index;
      } else {
        if (isBlank(code) || code === semicolon || code === ampersand || code === quote || code === apostrophe || code === backtick || code === backslash) return index;
        if (flow > 0 && !enclosed && (code === comma || code === closeBrace || code === closeBracket)) return index;
      }
    }
    return bound;
  }
}

/** A JSON document (or a YAML one written as a flow mapping): the first character that is not blank is `{`. */
export function looksLikeJson(text: string): boolean {
  const leading = (code: number) => code === space || code === tab || code === 10 || code === 13 || code === 0xfeff;
  let first = 0;
  while (first < text.length && leading(text.charCodeAt(first))) first++;
  return text.charCodeAt(first) === openBrace;
}

export interface AssignmentOptions {
  /** Only this part of the text (a parameter's block); the whole text by default. */
  range?: Range;
  /** Whether the text is JSON; found out from the text when not given. */
  json?: boolean;
}

/**
 * Calls `found` with every value given to a key that `isKey` accepts.
 *
 * @example findAssignments('Password: hunter2 # old', namesASecretAt, …) // found({ key: 'Password', start: 10, end: 17 })
 */
export function findAssignments(text: string, isKey: KeyTest, found: (assignment: Assignment) => void, options: AssignmentOptions = {}): void {
  const range = options.range ?? { start: 0, end: text.length };
  const scanner = new AssignmentScanner(text, isKey, found, options.json ?? looksLikeJson(text));
  let lineStart = range.start;
  while (lineStart < range.end) {
    // Not indexOf: on one-line JSON it would read to the end of the text for every parameter's range.
    let lineEnd = lineStart;
    while (lineEnd < range.end && text.charCodeAt(lineEnd) !== 10) lineEnd++;
    scanner.line(lineStart, lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd);
    lineStart = lineEnd + 1;
  }
  scanner.finish();
}
