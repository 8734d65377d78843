import { beforeAll, describe, expect, it } from 'vitest';
import { sourceFile } from '../../source/file.ts';
import { loadTerraformWasmFromNode } from '../load-node.ts';
import { prepareTerraform } from '../runtime.ts';
import { parseHcl, parseTemplateText, parserInput } from './parse.ts';
import type { Expr } from './syntax.ts';

beforeAll(() => prepareTerraform(loadTerraformWasmFromNode));

function expressionOf(source: string): Expr {
  const parsed = parseHcl(sourceFile('t.tf', `x = ${source}\n`));
  if (parsed.kind !== 'parsed') throw new Error(parsed.diagnostic.message);
  return parsed.hcl.body.attributes[0]!.expr;
}

function templateText(source: string): string {
  const expr = expressionOf(source);
  if (expr.type === 'literal') return String(expr.value);
  if (expr.type !== 'template') throw new Error(expr.type);
  return expr.parts.map((part) => (part.type === 'text' ? part.text : part.type === 'interpolation' ? '${}' : '%{}')).join('');
}

describe('parseHcl', () => {
  it('reads an exponent without a fraction, which the grammar alone rejects', () => {
    expect(expressionOf('1e3')).toMatchObject({ type: 'literal', value: 1000, start: 4, end: 7 });
    expect(expressionOf('2E-2')).toMatchObject({ type: 'literal', value: 0.02 });
    expect(expressionOf('"a1e3"')).toMatchObject({ type: 'literal', value: 'a1e3' });
    expect(parserInput('x = 1e3 + 0x1e3 + a1e3')).toBe('x = 103 + 0x1e3 + a1e3');
  });

  it('keeps the whitespace around interpolations that the tree leaves out', () => {
    expect(templateText('"a  ${b}  c "')).toBe('a  ${}  c ');
    expect(templateText('"  ${b}"')).toBe('  ${}');
  });

  it('unescapes quoted strings and escaped interpolation markers', () => {
    expect(templateText('"tab\\there \\"q\\" \\u00e9 $${literal} %%{x}"')).toBe('tab\there "q" é ${literal} %{x}');
  });

  it('keeps heredoc indentation, and removes the common indentation of <<-', () => {
    expect(templateText('<<EOT\n  one\n    two\n  EOT')).toBe('  one\n    two\n');
    expect(templateText('<<-EOT\n    one\n      two ${x}\n\n    three\n    EOT')).toBe('one\n  two ${}\n\nthree\n');
    expect(templateText('<<-EOT\n    a\n  ${x}\n    EOT')).toBe('  a\n${}\n');
  });

  it('applies strip markers to the text beside them', () => {
    expect(templateText('"a  ${~ b ~}  c"')).toBe('a${}c');
    expect(templateText('<<EOT\n%{ for x in y ~}\n  ${x}\n%{~ endfor }\nEOT')).toBe('%{}\n');
  });

  it('folds a traversal written as flat siblings into one node', () => {
    expect(expressionOf('a.b[0].c[*].d')).toMatchObject({
      type: 'traversal',
      target: { type: 'variable', name: 'a' },
      steps: [
        { type: 'attr', name: 'b' },
        { type: 'index', key: { value: 0 } },
        { type: 'attr', name: 'c' },
        { type: 'splat', steps: [{ type: 'attr', name: 'd' }] },
      ],
    });
  });

  it('folds binary operands and keeps precedence', () => {
    expect(expressionOf('a.b + 2 * c[0] - 1')).toMatchObject({
      type: 'binary',
      operator: '-',
      left: { type: 'binary', operator: '+', left: { type: 'traversal' }, right: { type: 'binary', operator: '*' } },
      right: { type: 'literal', value: 1 },
    });
    expect(expressionOf('!a && -b < 3')).toMatchObject({ type: 'binary', operator: '&&', left: { type: 'unary', operator: '!' }, right: { type: 'binary', operator: '<' } });
  });

  it('counts offsets in UTF-16 units, as JavaScript strings and editor columns do', () => {
    const parsed = parseHcl(sourceFile('t.tf', 'a = "é😀"\nb = 1\n'));
    if (parsed.kind !== 'parsed') throw new Error('no parse');
    const b = parsed.hcl.body.attributes[1]!;
    expect(b.nameStart).toBe('a = "é😀"\n'.length);
    expect(parsed.hcl.body.attributes[0]!.expr).toMatchObject({ type: 'literal', value: 'é😀' });
  });

  it('reports the first syntax error with its line and column', () => {
    const parsed = parseHcl(sourceFile('broken.tf', 'resource "a" "b" {\n  x = 1\n  y = = 2\n}\n'));
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') expect(parsed.diagnostic).toMatchObject({ level: 'error', code: 'hcl-syntax', file: 'broken.tf', line: 3 });
  });

  it('reports an unclosed block at the end of the file', () => {
    const parsed = parseHcl(sourceFile('open.tf', 'resource "a" "b" {\n  x = 1\n'));
    expect(parsed.kind === 'error' && parsed.diagnostic.message).toMatch(/expected "}"|syntax error at/);
  });

  it('collects comments of every style', () => {
    const parsed = parseHcl(sourceFile('c.tf', '# one\n// two\n/* three */\nx = 1 # four\n'));
    expect(parsed.kind === 'parsed' && parsed.hcl.comments.map((comment) => comment.text)).toEqual(['# one', '// two', '/* three */', '# four']);
  });

  it('parses a template held in a string, without the heredoc it is wrapped in', () => {
    const template = parseTemplateText('{"a": "${x}"}');
    expect(template?.type === 'template' && template.parts.map((part) => part.type)).toEqual(['text', 'interpolation', 'text']);
  });
});
