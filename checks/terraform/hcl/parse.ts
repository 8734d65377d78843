/** One HCL file (`.tf`, `.tfvars`) from text to `syntax.ts`, or the first syntax error at its line and column. */
import { diagnosticAt, type Diagnostic } from '../../source/diagnostic.ts';
import type { SourceFile } from '../../source/file.ts';
import { hclParser } from '../runtime.ts';
import { HclConverter, UnexpectedNode } from './convert.ts';
import { piecesOf } from './pieces.ts';
import { firstSyntaxError, rawTree, type Comment, type RawNode } from './raw.ts';
import { attributeOf, type Body, type Expr } from './syntax.ts';
import { sourceFile } from '../../source/file.ts';

export interface HclFile {
  file: SourceFile;
  body: Body;
  /** Every comment, in source order (suppressions are read from them). */
  comments: Comment[];
}

export type HclParse = { kind: 'parsed'; hcl: HclFile } | { kind: 'error'; diagnostic: Diagnostic };

/**
 * The grammar reads `1e3` as `1` followed by the name `e3`; HCL (and Terraform) accept it. Exponents without a
 * fraction are turned into digits of the same length before parsing, and the converter reads every number
 * from the original text, so only the parser sees the change.
 */
const bareExponent = /(?<![\w.])(\d+)[eE]([-+]?)(\d+)(?![\w.])/g;

export function parserInput(text: string): string {
  if (!/\d[eE]/.test(text)) return text;
  return text.replace(bareExponent, (_match, whole: string, sign: string, power: string) => `${whole}0${sign ? '0' : ''}${power}`);
}

/** Files above twice this size are parsed in pieces (`pieces.ts`). */
const pieceSize = 65_536;

export function parseHcl(file: SourceFile, size = pieceSize): HclParse {
  const input = parserInput(file.text);
  const pieces = file.text.length > 2 * size ? piecesOf(input, size) : [];
  if (pieces.length > 1) {
    const comments: Comment[] = [];
    const body: RawNode = { type: 'body', start: 0, end: file.text.length, children: [] };
    for (const piece of pieces) {
      const tree = hclParser().parse(input.slice(piece.start, piece.end));
      // A piece with an error is parsed again as part of the whole, so errors read as they would without pieces.
      if (!tree || tree.rootNode.hasError) {
        tree?.delete();
        return parseWhole(file, input);
      }
      try {
        const root = rawTree(tree, file.text, comments, piece.start);
        for (const child of root.children) if (child.type === 'body') body.children.push(...child.children);
      } finally {
        tree.delete();
      }
    }
    return converted(file, body, comments);
  }
  return parseWhole(file, input);
}

function parseWhole(file: SourceFile, input: string): HclParse {
  const tree = hclParser().parse(input);
  if (!tree) return { kind: 'error', diagnostic: diagnosticAt(file, 0, 'error', 'hcl-syntax', 'the file could not be parsed') };
  try {
    if (tree.rootNode.hasError) {
      const error = firstSyntaxError(tree);
      return { kind: 'error', diagnostic: syntaxDiagnostic(file, error?.start ?? 0, error?.missing, error?.end) };
    }
    const comments: Comment[] = [];
    const root = rawTree(tree, file.text, comments);
    return converted(
      file,
      root.children.find((child) => child.type === 'body'),
      comments,
    );
  } finally {
    tree.delete();
  }
}

function converted(file: SourceFile, body: RawNode | undefined, comments: Comment[]): HclParse {
  try {
    return { kind: 'parsed', hcl: { file, body: new HclConverter(file.text).body(body), comments } };
  } catch (error) {
    if (error instanceof UnexpectedNode) return { kind: 'error', diagnostic: syntaxDiagnostic(file, error.offset) };
    throw error;
  }
}

function syntaxDiagnostic(file: SourceFile, offset: number, missing?: string, end?: number): Diagnostic {
  if (missing !== undefined) return diagnosticAt(file, offset, 'error', 'hcl-syntax', `HCL syntax error: expected ${describeToken(missing)}`);
  const found = file.text
    .slice(offset, Math.min(end ?? offset + 1, offset + 40))
    .split('\n')[0]
    ?.trim();
  return diagnosticAt(file, offset, 'error', 'hcl-syntax', found ? `HCL syntax error at "${found}"` : 'HCL syntax error: unexpected end of file');
}

const tokenNames: Record<string, string> = {
  block_end: '"}"',
  object_end: '"}"',
  tuple_end: '"]"',
  quoted_template_end: 'a closing quote',
  template_interpolation_end: '"}"',
  heredoc_identifier: 'the heredoc end marker',
};

function describeToken(type: string): string {
  return tokenNames[type] ?? (/^\W+$/.test(type) ? `"${type}"` : type.replaceAll('_', ' '));
}

/**
 * A template held in a string (a `templatefile` file, a `.tf.json` string): parsed as the body of a heredoc, which
 * reads `${…}` and `%{…}` without escapes, as those templates are read. The trailing newline the heredoc adds
 * is taken off again. Offsets point into the synthetic text: callers place the result themselves.
 */
export function parseTemplateText(text: string): Expr | undefined {
  let marker = 'PLUMBLINE_TEMPLATE';
  while (text.includes(marker)) marker += '_';
  const expr = parseExpressionText(`<<${marker}\n${text}\n${marker}\n`);
  if (expr?.type !== 'template') return undefined;
  const last = expr.parts[expr.parts.length - 1];
  if (last?.type === 'text' && last.text.endsWith('\n')) {
    last.text = last.text.slice(0, -1);
    if (last.text === '') expr.parts.pop();
  }
  return expr;
}

/** One expression written as text (a `.tf.json` variable type, a `--var` value); `undefined` if it does not parse. */
export function parseExpressionText(text: string): Expr | undefined {
  const parsed = parseHcl(sourceFile('<expression>', `value = ${text}\n`));
  return parsed.kind === 'parsed' ? attributeOf(parsed.hcl.body, 'value')?.expr : undefined;
}
