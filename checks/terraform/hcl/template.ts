/**
 * Templates (`"a ${b}"`, heredocs, `%{ if }`/`%{ for }` directives) from tree-sitter's nodes. Tree-sitter drops
 * whitespace at the edges of literal chunks and heredoc indentation, so literal text is rebuilt from the source
 * between the interpolations; the `<<-` dedent, escapes and `~` strip markers are applied here, in HCL's order.
 */
import type { RawNode } from './raw.ts';
import type { Expr, Span, TemplatePart } from './syntax.ts';

/** A template read flat, before directives are nested: the strip markers act on neighbouring text. */
type Token = Span &
  (
    | { type: 'text'; text: string }
    | { type: 'interpolation'; expr?: Expr }
    | { type: 'if'; condition: Expr }
    | { type: 'else' }
    | { type: 'endif' }
    | { type: 'for'; keyVar?: string; valueVar: string; collection: Expr }
    | { type: 'endfor' }
  ) & { stripBefore: boolean; stripAfter: boolean };

export interface TemplateReader {
  text: string;
  expression(node: RawNode): Expr;
}

const quotedEscapes = /\\(?:u([0-9a-fA-F]{4})|U([0-9a-fA-F]{8})|([\s\S]))|\$\$\{|%%\{/g;
const simpleEscapes: Record<string, string> = { n: '\n', r: '\r', t: '\t', '"': '"', '\\': '\\' };

/** The value of a quoted string's raw text (between the quotes). */
export function unescapeQuoted(raw: string): string {
  if (!raw.includes('\\') && !raw.includes('$${') && !raw.includes('%%{')) return raw;
  return raw.replace(quotedEscapes, (match, u4: string | undefined, u8: string | undefined, single: string | undefined) => {
    if (u4 !== undefined || u8 !== undefined) return String.fromCodePoint(Number.parseInt(u4 ?? u8 ?? '0', 16));
    if (single !== undefined) return simpleEscapes[single] ?? match;
    return match.slice(1);
  });
}

const unescapeHeredoc = (raw: string) => raw.replaceAll('$${', '${').replaceAll('%%{', '%{');

export function quotedTemplate(reader: TemplateReader, node: RawNode): Expr {
  const tokens: Token[] = [];
  flatten(reader, node.start + 1, node.end - 1, node.children, tokens);
  for (const token of tokens) if (token.type === 'text') token.text = unescapeQuoted(token.text);
  return { type: 'template', parts: nest(strip(tokens)), start: node.start, end: node.end };
}

export function heredocTemplate(reader: TemplateReader, node: RawNode): Expr {
  const children = node.children;
  const opener = children[0]!;
  const identifier = children[1]!;
  const closer = children[children.length - 1]!;
  const text = reader.text;
  const lineEnd = text.indexOf('\n', identifier.end);
  const start = lineEnd === -1 || lineEnd > closer.start ? closer.start : lineEnd + 1;
  const end = Math.max(start, text.lastIndexOf('\n', closer.start - 1) + 1);
  const tokens: Token[] = [];
  flatten(reader, start, end, children.slice(2, -1), tokens);
  if (text.slice(opener.start, opener.end) === '<<-') dedent(tokens);
  for (const token of tokens) if (token.type === 'text') token.text = unescapeHeredoc(token.text);
  return { type: 'template', parts: nest(strip(tokens)), start: node.start, end: node.end };
}

/** Literal text is whatever lies between the interpolations and directives inside [start, end). */
function flatten(reader: TemplateReader, start: number, end: number, children: RawNode[], out: Token[]): void {
  let at = start;
  for (const child of children) {
    if (child.type === 'template_literal') continue;
    if (child.start > at) out.push(textToken(reader.text, at, child.start));
    if (child.type === 'template_interpolation') {
      const expression = child.children.find((part) => part.type === 'expression');
      const token: Token = { type: 'interpolation', ...markers(reader.text, child) };
      if (expression) token.expr = reader.expression(expression);
      out.push(token);
    } else if (child.type === 'template_directive') {
      directive(reader, child.children[0]!, out);
    }
    at = child.end;
  }
  if (end > at) out.push(textToken(reader.text, at, end));
}

function directive(reader: TemplateReader, node: RawNode, out: Token[]): void {
  const children = node.children;
  const opener = children[0]!;
  const closer = children[children.length - 1]!;
  if (node.type === 'template_for') {
    const names = opener.children.filter((part) => part.type === 'identifier').map((part) => reader.text.slice(part.start, part.end));
    const collection = reader.expression(opener.children.find((part) => part.type === 'expression')!);
    const head = { type: 'for' as const, valueVar: names[names.length - 1] ?? '', collection, ...markers(reader.text, opener) };
    out.push(names.length > 1 ? { ...head, keyVar: names[0]! } : head);
    flatten(reader, opener.end, closer.start, children.slice(1, -1), out);
    out.push({ type: 'endfor', ...markers(reader.text, closer) });
    return;
  }
  const condition = reader.expression(opener.children.find((part) => part.type === 'expression')!);
  out.push({ type: 'if', condition, ...markers(reader.text, opener) });
  const elseAt = children.findIndex((part) => part.type === 'template_else_intro');
  if (elseAt === -1) {
    flatten(reader, opener.end, closer.start, children.slice(1, -1), out);
  } else {
    const otherwise = children[elseAt]!;
    flatten(reader, opener.end, otherwise.start, children.slice(1, elseAt), out);
    out.push({ type: 'else', ...markers(reader.text, otherwise) });
    flatten(reader, otherwise.end, closer.start, children.slice(elseAt + 1, -1), out);
  }
  out.push({ type: 'endif', ...markers(reader.text, closer) });
}

function textToken(text: string, start: number, end: number): Token {
  return { type: 'text', text: text.slice(start, end), start, end, stripBefore: false, stripAfter: false };
}

/** `${~ x ~}` and `%{~ if … ~}`: the marker sits right inside the delimiters. */
function markers(text: string, node: RawNode): Span & { stripBefore: boolean; stripAfter: boolean } {
  return { start: node.start, end: node.end, stripBefore: text[node.start + 2] === '~', stripAfter: text[node.end - 2] === '~' };
}

/**
 * `<<-`: remove the smallest indentation of the lines with content from every line. A line that begins with an
 * interpolation has no indentation; blank lines do not count.
 */
function dedent(tokens: Token[]): void {
  let least = Number.POSITIVE_INFINITY;
  let atLineStart = true;
  let pending = 0;
  for (const token of tokens) {
    if (token.type !== 'text') {
      if (atLineStart) least = Math.min(least, pending);
      atLineStart = false;
      continue;
    }
    const lines = token.text.split('\n');
    lines.forEach((line, index) => {
      if (index > 0) atLineStart = true;
      if (!atLineStart) return;
      const indent = /^[ \t]*/.exec(line)![0].length;
      if (indent < line.length) {
        least = Math.min(least, indent);
        atLineStart = false;
      } else pending = indent;
    });
  }
  if (!Number.isFinite(least) || least === 0) return;
  atLineStart = true;
  for (const token of tokens) {
    if (token.type !== 'text') {
      atLineStart = false;
      continue;
    }
    token.text = token.text
      .split('\n')
      .map((line, index) => (index > 0 || atLineStart ? line.slice(Math.min(least, /^[ \t]*/.exec(line)![0].length)) : line))
      .join('\n');
    atLineStart = token.text.endsWith('\n');
  }
}

function strip(tokens: Token[]): Token[] {
  tokens.forEach((token, index) => {
    const before = tokens[index - 1];
    const after = tokens[index + 1];
    if (token.stripBefore && before?.type === 'text') before.text = before.text.trimEnd();
    if (token.stripAfter && after?.type === 'text') after.text = after.text.trimStart();
  });
  return tokens;
}

/** Directives back into their nested form. */
function nest(tokens: Token[]): TemplatePart[] {
  const root: TemplatePart[] = [];
  const stack: { parts: TemplatePart[]; part?: Extract<TemplatePart, { type: 'if' | 'for' }> }[] = [{ parts: root }];
  for (const token of tokens) {
    const top = stack[stack.length - 1]!;
    switch (token.type) {
      case 'text':
        if (token.text !== '') top.parts.push({ type: 'text', text: token.text, start: token.start, end: token.end });
        break;
      case 'interpolation':
        if (token.expr) top.parts.push({ type: 'interpolation', expr: token.expr, start: token.start, end: token.end });
        break;
      case 'if': {
        const part: TemplatePart = { type: 'if', condition: token.condition, then: [], otherwise: [], start: token.start, end: token.end };
        top.parts.push(part);
        stack.push({ parts: part.then, part });
        break;
      }
      case 'else':
        if (top.part?.type === 'if') top.parts = top.part.otherwise;
        break;
      case 'for': {
        const part: TemplatePart = { type: 'for', valueVar: token.valueVar, collection: token.collection, body: [], start: token.start, end: token.end };
        if (token.keyVar !== undefined) part.keyVar = token.keyVar;
        top.parts.push(part);
        stack.push({ parts: part.body, part });
        break;
      }
      case 'endif':
      case 'endfor':
        if (top.part) top.part.end = token.end;
        if (stack.length > 1) stack.pop();
        break;
    }
  }
  return root;
}
