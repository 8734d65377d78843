import { beforeAll, describe, expect, it } from 'vitest';
import { sourceFile } from '../../source/file.ts';
import { loadParser } from '../testing.ts';
import { parseHcl } from './parse.ts';
import { piecesOf } from './pieces.ts';

beforeAll(loadParser);

/** Top-level blocks with every construct that could hide a line holding `}` alone. */
const tricky = `# a comment with { and "
variable "policy" {
  default = <<EOF
{
  "Statement": []
}
EOF
}

locals {
  text = "a } \${ { a = "}" }["a"] } %{ if true }x%{ endif } $\${ {"
  /* a { comment
}
  */
  dedented = <<-POLICY
    {
    }
    POLICY
}

resource "aws_s3_bucket" "logs" {
  bucket = "logs" // }
  tags = { for key, value in { a = 1 } : key => value }
}

output "n" {
  value = 1e3
}
`;

describe('parsing in pieces', () => {
  it('cuts only after a top-level block, never inside a string, comment or heredoc', () => {
    const pieces = piecesOf(tricky, 1).map((piece) => tricky.slice(piece.start, piece.end));
    expect(pieces.join('')).toBe(tricky);
    expect(pieces.map((piece) => piece.trimStart().split(/[ \n]/)[0])).toEqual(['#', 'locals', 'resource', 'output']);
  });

  it('gives the syntax and comments that parsing the whole file gives', () => {
    const file = sourceFile('main.tf', tricky.repeat(4));
    const whole = parseHcl(file, Number.POSITIVE_INFINITY);
    expect(whole.kind).toBe('parsed');
    expect(parseHcl(file, 1)).toEqual(whole);
  });

  it('reports an error where parsing the whole file reports it', () => {
    const file = sourceFile('main.tf', `${tricky}resource "a" "b" {\n  x = \n}\n${tricky}`);
    const whole = parseHcl(file, Number.POSITIVE_INFINITY);
    expect(whole).toMatchObject({ kind: 'error', diagnostic: { line: 31, column: 1 } });
    expect(parseHcl(file, 1)).toEqual(whole);
  });

  it('parses the whole file when the text cannot be followed', () => {
    const unclosed = 'a = "unclosed\n}\nb = 1\n';
    expect(piecesOf(unclosed, 1)).toEqual([{ start: 0, end: unclosed.length }]);
    expect(piecesOf('x {\n}\n}\ny {\n}\n', 1)).toHaveLength(1);
  });
});
