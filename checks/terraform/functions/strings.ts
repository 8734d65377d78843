/** Terraform's string and number functions. */
import { asText } from '../eval/convert.ts';
import { numberText, scalar, seq, type Value } from '../values.ts';
import { arg, boolArg, deep, FunctionError, listArg, numberArg, textArg, textItems, type FunctionDefinition } from './call.ts';

const text = (run: (args: Value[]) => string): FunctionDefinition => deep((args, call) => scalar(run(args), call.at));
const number = (run: (args: Value[]) => number): FunctionDefinition => deep((args, call) => scalar(run(args), call.at));
const bool = (run: (args: Value[]) => boolean): FunctionDefinition => deep((args, call) => scalar(run(args), call.at));

/** Terraform's regular expressions are RE2 between slashes; JavaScript's agree for the patterns people write. */
function pattern(source: string, flags = ''): RegExp {
  try {
    return new RegExp(source, flags);
  } catch {
    throw new FunctionError(`invalid regular expression /${source}/`);
  }
}

function replace(subject: string, search: string, replacement: string): string {
  if (search.length > 1 && search.startsWith('/') && search.endsWith('/')) {
    return subject.replace(pattern(search.slice(1, -1), 'g'), replacement.replace(/\$\{(\w+)\}/g, '$$<$1>'));
  }
  return subject.split(search).join(replacement);
}

/** `format`'s verbs: %s %d %f %e %t %v %q %%, with the flags `-`, `+`, `0` and space, width and precision. */
function format(spec: string, values: Value[]): string {
  let next = 0;
  return spec.replace(/%([-+0 ]*)(\d*)(?:\.(\d+))?([sdfetvq%])/g, (_match, flags: string, width: string, precision: string | undefined, verb: string) => {
    if (verb === '%') return '%';
    const value = values[next++];
    if (!value) throw new FunctionError('format() has more verbs than values');
    const numeric = verb === 'd' || verb === 'f' || verb === 'e';
    let out: string;
    if (verb === 'd') out = numberText(Math.trunc(numberOf(value)));
    else if (verb === 'f') out = numberOf(value).toFixed(precision === undefined ? 6 : Number(precision));
    else if (verb === 'e') out = numberOf(value).toExponential(precision === undefined ? 6 : Number(precision));
    else if (verb === 'q') out = JSON.stringify(textOf(value));
    else out = textOf(value);
    if (verb === 's' && precision !== undefined) out = out.slice(0, Number(precision));
    if (numeric && !out.startsWith('-') && (flags.includes('+') || flags.includes(' '))) out = (flags.includes('+') ? '+' : ' ') + out;
    const pad = Number(width || 0) - out.length;
    if (pad <= 0) return out;
    if (flags.includes('-')) return out + ' '.repeat(pad);
    if (numeric && flags.includes('0')) {
      const sign = /^[-+ ]/.test(out) ? out[0]! : '';
      return sign + '0'.repeat(pad) + out.slice(sign.length);
    }
    return ' '.repeat(pad) + out;
  });
}

function textOf(value: Value): string {
  const result = asText(value);
  if (result === undefined) throw new FunctionError('format() can only place strings, numbers and bools');
  return result;
}

function numberOf(value: Value): number {
  const result = Number(textOf(value));
  if (!Number.isFinite(result)) throw new FunctionError('format() %d and %f need numbers');
  return result;
}

export const stringFunctions: Record<string, FunctionDefinition> = {
  format: text((args) => format(textArg(args, 0), args.slice(1))),
  formatlist: deep((args, call) => {
    const spec = textArg(args, 0);
    const lists = args.slice(1).map((value) => (value.kind === 'seq' ? value.items : undefined));
    const length = Math.max(0, ...lists.map((list) => list?.length ?? 0));
    const rows: Value[] = [];
    for (let index = 0; index < length; index++)
      rows.push(
        scalar(
          format(
            spec,
            args.slice(1).map((value, position) => lists[position]?.[index] ?? value),
          ),
          call.at,
        ),
      );
    return seq(rows, call.at);
  }),
  join: text((args) =>
    args
      .slice(1)
      .flatMap((_, index) => textItems(listArg(args, index + 1)))
      .join(textArg(args, 0)),
  ),
  split: deep((args, call) =>
    seq(
      textArg(args, 1)
        .split(textArg(args, 0))
        .map((part) => scalar(part, call.at)),
      call.at,
    ),
  ),
  lower: text((args) => textArg(args, 0).toLowerCase()),
  upper: text((args) => textArg(args, 0).toUpperCase()),
  title: text((args) => textArg(args, 0).replace(/\b\p{L}/gu, (letter) => letter.toUpperCase())),
  replace: text((args) => replace(textArg(args, 0), textArg(args, 1), textArg(args, 2))),
  trimspace: text((args) => textArg(args, 0).trim()),
  trim: text((args) => {
    const cut = new Set(textArg(args, 1));
    const chars = [...textArg(args, 0)];
    let start = 0;
    let end = chars.length;
    while (start < end && cut.has(chars[start]!)) start++;
    while (end > start && cut.has(chars[end - 1]!)) end--;
    return chars.slice(start, end).join('');
  }),
  trimprefix: text((args) => {
    const [subject, prefix] = [textArg(args, 0), textArg(args, 1)];
    return subject.startsWith(prefix) ? subject.slice(prefix.length) : subject;
  }),
  trimsuffix: text((args) => {
    const [subject, suffix] = [textArg(args, 0), textArg(args, 1)];
    return suffix !== '' && subject.endsWith(suffix) ? subject.slice(0, -suffix.length) : subject;
  }),
  chomp: text((args) => textArg(args, 0).replace(/(?:\r?\n)+$/, '')),
  substr: text((args) => {
    const chars = [...textArg(args, 0)];
    const offset = numberArg(args, 1);
    const length = numberArg(args, 2);
    const start = offset < 0 ? chars.length + offset : offset;
    return chars.slice(start, length < 0 ? undefined : start + length).join('');
  }),
  indent: text((args) => textArg(args, 1).replaceAll('\n', `\n${' '.repeat(numberArg(args, 0))}`)),
  strrev: text((args) => [...textArg(args, 0)].reverse().join('')),
  startswith: bool((args) => textArg(args, 0).startsWith(textArg(args, 1))),
  endswith: bool((args) => textArg(args, 0).endsWith(textArg(args, 1))),
  strcontains: bool((args) => textArg(args, 0).includes(textArg(args, 1))),
  regex: deep((args, call) => {
    const match = pattern(textArg(args, 0)).exec(textArg(args, 1));
    if (!match) throw new FunctionError('the pattern does not match');
    if (match.length === 1) return scalar(match[0], call.at);
    return seq(
      match.slice(1).map((group) => scalar(group ?? '', call.at)),
      call.at,
    );
  }),
  regexall: deep((args, call) =>
    seq(
      [...textArg(args, 1).matchAll(pattern(textArg(args, 0), 'g'))].map((match) =>
        match.length === 1
          ? scalar(match[0], call.at)
          : seq(
              match.slice(1).map((group) => scalar(group ?? '', call.at)),
              call.at,
            ),
      ),
      call.at,
    ),
  ),
  tostring: deep((args, call) => {
    const value = arg(args, 0);
    if (value.kind === 'null') return value;
    return scalar(textOf(value), call.at);
  }),
  tonumber: deep((args, call) => (arg(args, 0).kind === 'null' ? arg(args, 0) : scalar(numberArg(args, 0), call.at))),
  tobool: deep((args, call) => (arg(args, 0).kind === 'null' ? arg(args, 0) : scalar(boolArg(args, 0), call.at))),
  abs: number((args) => Math.abs(numberArg(args, 0))),
  ceil: number((args) => Math.ceil(numberArg(args, 0))),
  floor: number((args) => Math.floor(numberArg(args, 0))),
  signum: number((args) => Math.sign(numberArg(args, 0))),
  pow: number((args) => numberArg(args, 0) ** numberArg(args, 1)),
  log: number((args) => Math.log(numberArg(args, 0)) / Math.log(numberArg(args, 1))),
  max: number((args) => Math.max(...args.map((_, index) => numberArg(args, index)))),
  min: number((args) => Math.min(...args.map((_, index) => numberArg(args, index)))),
  parseint: number((args) => {
    const parsed = Number.parseInt(textArg(args, 0), numberArg(args, 1));
    if (Number.isNaN(parsed)) throw new FunctionError('parseint() cannot read the number');
    return parsed;
  }),
};
