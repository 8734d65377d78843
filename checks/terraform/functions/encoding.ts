/** JSON, base64 and URL encoding between Terraform values and text. */
import { mapOf, nullValue, scalar, seq, type Span, type Value } from '../values.ts';
import { compareText, deep, FunctionError, textArg, type FunctionDefinition } from './call.ts';

type Plain = string | number | boolean | null | Plain[] | { [key: string]: Plain };

/** A fully known value as plain JSON data; objects with their keys sorted, as Terraform's `jsonencode` writes them. */
export function toPlain(value: Value): Plain {
  switch (value.kind) {
    case 'scalar':
      return value.value;
    case 'null':
      return null;
    case 'seq':
      return value.items.map(toPlain);
    case 'map': {
      const out: { [key: string]: Plain } = {};
      for (const key of [...value.entries.keys()].sort(compareText)) out[key] = toPlain(value.entries.get(key)!.value);
      return out;
    }
    default:
      throw new FunctionError('the value is not known');
  }
}

/** Plain JSON data as a value placed at `at`. */
export function fromPlain(data: unknown, at: Span): Value {
  if (data === null || data === undefined) return nullValue(at);
  if (typeof data === 'string' || typeof data === 'number' || typeof data === 'boolean') return scalar(data, at);
  if (Array.isArray(data))
    return seq(
      data.map((item) => fromPlain(item, at)),
      at,
    );
  return mapOf(
    Object.entries(data as Record<string, unknown>).map(([key, item]) => [key, fromPlain(item, at)] as [string, Value]),
    at,
  );
}

/**
 * Go's `json.Marshal` escapes <, > and & as \u003c, \u003e and \u0026; Terraform's `jsonencode` keeps that, so
 * a policy written with jsonencode reads the same here as in the plan.
 */
export function goJson(data: Plain): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function utf8Base64(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function base64Utf8(encoded: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(Uint8Array.from(atob(encoded), (char) => char.charCodeAt(0)));
  } catch {
    throw new FunctionError('not valid base64-encoded UTF-8');
  }
}

export const encodingFunctions: Record<string, FunctionDefinition> = {
  jsonencode: deep((args, call) => {
    const value = args[0];
    if (!value) throw new FunctionError('jsonencode() needs a value');
    return scalar(goJson(toPlain(value)), call.at);
  }),
  jsondecode: deep((args, call) => {
    let data: unknown;
    try {
      data = JSON.parse(textArg(args, 0));
    } catch {
      throw new FunctionError('jsondecode() of text that is not JSON');
    }
    return fromPlain(data, call.at);
  }),
  base64encode: deep((args, call) => scalar(utf8Base64(textArg(args, 0)), call.at)),
  base64decode: deep((args, call) => scalar(base64Utf8(textArg(args, 0)), call.at)),
  urlencode: deep((args, call) => scalar(encodeURIComponent(textArg(args, 0)).replace(/%20/g, '+'), call.at)),
};
