import { describe, expect, it } from 'vitest';
import { positionAt } from '../source/file.ts';
import { cloudFormationLimits } from '../formats/cloudformation.ts';
import { decodeSource as decodeWithLimits, parseSource, templateText as textWithLimits } from './input.ts';
import { valueOf, type MapNode, type Node } from './tree.ts';

const decodeSource = (path: string, bytes: Uint8Array) => decodeWithLimits(path, bytes, cloudFormationLimits);
const templateText = (content: string | Uint8Array) => textWithLimits(content, cloudFormationLimits);

function root(text: string, path = 'template.yaml'): { node: MapNode; parsed: ReturnType<typeof parseSource> } {
  const parsed = parseSource(path, text);
  expect(parsed.diagnostics.filter((diagnostic) => diagnostic.level === 'error')).toEqual([]);
  return { node: parsed.documents[0] as MapNode, parsed };
}

function at(parsed: ReturnType<typeof parseSource>, node: Node | undefined) {
  return positionAt(parsed.file, node!.start);
}

describe('YAML parsing', () => {
  it('keeps the line and column of every value', () => {
    const { node, parsed } = root('Resources:\n  Logs:\n    Type: AWS::S3::Bucket\n    Properties:\n      AccessControl: "PublicRead"\n');
    const logs = valueOf(valueOf(node, 'Resources') as MapNode, 'Logs') as MapNode;
    const acl = valueOf(valueOf(logs, 'Properties') as MapNode, 'AccessControl');
    expect(acl).toMatchObject({ kind: 'scalar', value: 'PublicRead' });
    expect(at(parsed, acl)).toEqual({ line: 5, column: 22 });
  });

  it.each([
    ['!Ref Bucket', 'Ref'],
    ['!Sub "${AWS::StackName}-x"', 'Fn::Sub'],
    ['!GetAtt Role.Arn', 'Fn::GetAtt'],
    ['!Join [",", [a, b]]', 'Fn::Join'],
    ['!Select [0, !GetAZs ""]', 'Fn::Select'],
    ['!Split [",", "a,b"]', 'Fn::Split'],
    ['!If [IsProd, a, b]', 'Fn::If'],
    ['!Equals [a, b]', 'Fn::Equals'],
    ['!And [!Condition A, !Condition B]', 'Fn::And'],
    ['!Or [!Condition A, !Condition B]', 'Fn::Or'],
    ['!Not [!Condition A]', 'Fn::Not'],
    ['!FindInMap [M, a, b]', 'Fn::FindInMap'],
    ['!Base64 "x"', 'Fn::Base64'],
    ['!Cidr [10.0.0.0/16, 4, 8]', 'Fn::Cidr'],
    ['!GetAZs ""', 'Fn::GetAZs'],
    ['!ImportValue Shared', 'Fn::ImportValue'],
    ['!Condition IsProd', 'Condition'],
  ])('reads the short form %s as its long form %s', (short, long) => {
    const { node } = root(`Value: ${short}\n`);
    const value = valueOf(node, 'Value') as MapNode;
    expect(value.kind).toBe('map');
    expect(value.entries.map((entry) => entry.key)).toEqual([long]);
  });

  it('types plain scalars by the YAML core schema but keeps quoted ones as strings', () => {
    const { node } = root('a: true\nb: "true"\nc: 42\nd: 1.10\ne: ~\nf: 0123abc\n');
    expect(['a', 'b', 'c', 'd', 'e', 'f'].map((key) => (valueOf(node, key) as { value: unknown }).value)).toEqual([true, 'true', 42, 1.1, null, '0123abc']);
    expect((valueOf(node, 'd') as { text: string }).text).toBe('1.10');
  });

  it('resolves aliases and merge keys', () => {
    const { node } = root('base: &base\n  a: 1\nother:\n  <<: *base\n  b: 2\ncopy: *base\n');
    expect((valueOf(node, 'other') as MapNode).entries.map((entry) => entry.key).sort()).toEqual(['a', 'b']);
    expect(valueOf(node, 'copy')).toBe(valueOf(node, 'base'));
  });

  it('lets an explicit key override a merged one without a duplicate warning', () => {
    const { node, parsed } = root('base: &base\n  a: 1\nother:\n  <<: *base\n  a: 2\n');
    const other = valueOf(node, 'other') as MapNode;
    expect(other.entries.map((entry) => [entry.key, (entry.value as { value: number }).value])).toEqual([['a', 2]]);
    expect(parsed.diagnostics).toEqual([]);
  });

  it('reports a syntax error with its line and column', () => {
    const parsed = parseSource('bad.yaml', 'Resources:\n  A:\n    Type: [unclosed\n  B: 1\n');
    expect(parsed.documents).toEqual([]);
    expect(parsed.diagnostics[0]).toMatchObject({ level: 'error', code: 'yaml-syntax', file: 'bad.yaml', line: expect.any(Number), column: expect.any(Number) });
    expect(parsed.diagnostics[0]!.message).toMatch(/^invalid YAML: /);
  });

  it('refuses an alias bomb quickly instead of expanding it', () => {
    const lines = ['a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let index = 1; index < 12; index++)
      lines.push(
        `a${index}: &a${index} [${Array(10)
          .fill(`*a${index - 1}`)
          .join(', ')}]`,
      );
    const started = performance.now();
    const parsed = parseSource('bomb.yaml', lines.join('\n'));
    expect(performance.now() - started).toBeLessThan(1000);
    expect(parsed.diagnostics[0]).toMatchObject({ level: 'error', code: 'alias-bomb' });
  });

  it('refuses absurd nesting with a clear message', () => {
    const parsed = parseSource('deep.yaml', 'a: ' + '['.repeat(10_000) + ']'.repeat(10_000));
    expect(parsed.diagnostics[0]).toMatchObject({ level: 'error', code: 'yaml-syntax' });
    expect(parsed.diagnostics[0]!.message).toMatch(/nesting is deeper than/);
  });

  it('warns about a duplicate key and keeps the later value', () => {
    const { node, parsed } = root('a: 1\na: 2\n');
    expect((valueOf(node, 'a') as { value: number }).value).toBe(2);
    expect(parsed.diagnostics[0]).toMatchObject({ level: 'warning', code: 'duplicate-key', line: 2 });
  });

  it('reads a flow mapping closed at the column of its key, as CloudFormation does, with a warning at the bracket', () => {
    const text = 'Properties:\n  Config: {\n    "Bucket": "logs",\n    "Prefix": [a,\n      b\n    ]\n  }\n  After: !Ref Bucket\n';
    const parsed = parseSource('firehose.yaml', text);
    expect(parsed.diagnostics).toEqual([
      {
        level: 'warning',
        code: 'yaml-lenient',
        message: 'this closing } sits at the column of its key, which strict YAML refuses and CloudFormation accepts; it was read as if indented one space more',
        file: 'firehose.yaml',
        line: 7,
        column: 3,
      },
    ]);
    const properties = valueOf(parsed.documents[0] as MapNode, 'Properties') as MapNode;
    const config = valueOf(properties, 'Config') as MapNode;
    // Positions are those of the text as written, after the moved bracket as before it.
    expect(at(parsed, valueOf(config, 'Prefix'))).toEqual({ line: 4, column: 15 });
    expect(at(parsed, config)).toEqual({ line: 2, column: 11 });
    expect(at(parsed, valueOf(properties, 'After'))).toEqual({ line: 8, column: 10 });
  });

  it('still refuses other indentation errors', () => {
    const parsed = parseSource('bad.yaml', 'a:\n  b: 1\n c: 2\n');
    expect(parsed.diagnostics).toMatchObject([{ level: 'error', code: 'yaml-syntax' }]);
    expect(parseSource('bad.yaml', 'a: {\nb: 1\n}\n').diagnostics.some((diagnostic) => diagnostic.level === 'error')).toBe(true);
  });
});

describe('JSON parsing', () => {
  it('keeps positions of values', () => {
    const { node, parsed } = root('{\n  "Resources": {\n    "A": { "Type": "AWS::S3::Bucket" }\n  }\n}', 'template.json');
    const type = valueOf(valueOf(valueOf(node, 'Resources') as MapNode, 'A') as MapNode, 'Type');
    expect(at(parsed, type)).toEqual({ line: 3, column: 20 });
  });

  it('reports the first syntax error with line and column', () => {
    const parsed = parseSource('bad.json', '{\n  "a": 1\n  "b": 2\n}');
    expect(parsed.diagnostics[0]).toMatchObject({ level: 'error', code: 'json-syntax', line: 3, column: 3, message: 'invalid JSON: comma expected' });
  });

  it('warns about a duplicate key and keeps the later value, as CloudFormation and the YAML reader do', () => {
    const { node, parsed } = root('{\n  "a": 1,\n  "b": 2,\n  "a": 3\n}', 'template.json');
    expect(node.entries.map((entry) => [entry.key, (entry.value as { value: number }).value])).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
    expect(parsed.diagnostics).toEqual([{ level: 'warning', code: 'duplicate-key', message: 'duplicate key "a": the later value is used', file: 'template.json', line: 4, column: 3 }]);
  });

  it('refuses absurd nesting without exhausting the stack', () => {
    const parsed = parseSource('deep.json', '['.repeat(100_000) + ']'.repeat(100_000));
    expect(parsed.diagnostics[0]).toMatchObject({ level: 'error', code: 'too-deep' });
  });
});

describe('decoding raw input', () => {
  it('refuses binary files as errors, so a run that could not read one never passes as clean', () => {
    const result = decodeSource('logo.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    expect(result).toMatchObject({ ok: false, diagnostic: { level: 'error', code: 'binary', file: 'logo.png' } });
  });

  it('decodes UTF-16 with a byte-order mark, little- and big-endian, without the mark', () => {
    expect(decodeSource('le.yaml', new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00, 0xe9, 0x00]))).toEqual({ ok: true, text: 'a:é' });
    expect(decodeSource('be.yaml', new Uint8Array([0xfe, 0xff, 0x00, 0x61, 0x00, 0x3a, 0x00, 0xe9]))).toEqual({ ok: true, text: 'a:é' });
  });

  it('refuses a UTF-16 byte-order mark followed by text that is not UTF-16', () => {
    const loneSurrogate = new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x00, 0xd8, 0x61, 0x00]);
    expect(decodeSource('broken.yaml', loneSurrogate)).toMatchObject({ ok: false, diagnostic: { level: 'error', code: 'encoding' } });
  });

  it('refuses UTF-32, naming it', () => {
    const result = decodeSource('wide.yaml', new Uint8Array([0xff, 0xfe, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00]));
    expect(result).toMatchObject({ ok: false, diagnostic: { level: 'error', code: 'encoding', message: expect.stringMatching(/UTF-32/) } });
  });

  it('drops a UTF-8 byte-order mark so offsets count from the first character', () => {
    expect(decodeSource('bom.yaml', new Uint8Array([0xef, 0xbb, 0xbf, 0x61]))).toEqual({ ok: true, text: 'a' });
    expect(templateText('\uFEFFa: 1')).toBe('a: 1');
  });

  it('refuses templates over CloudFormation’s 1 MB limit before parsing', () => {
    const result = decodeSource('huge.yaml', new Uint8Array(1_048_577).fill(0x61));
    expect(result).toMatchObject({ ok: false, diagnostic: { level: 'error', code: 'too-large' } });
  });

  it('refuses text that is not UTF-8', () => {
    expect(decodeSource('latin1.yaml', new Uint8Array([0x61, 0xe9, 0x0a]))).toMatchObject({ ok: false, diagnostic: { code: 'encoding' } });
  });
});
