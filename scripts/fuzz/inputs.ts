/**
 * fast-check arbitraries for hostile templates, one family per input format. Three kinds of input, weighted towards
 * the ones that reach deepest:
 *   - a real template with its text mutated (syntax: stray tags, anchors, brackets, cut lines, swapped lines, BOMs…),
 *   - a real template with parts of its tree replaced by random values (valid syntax, so the rules see the nonsense),
 *   - a template generated from nothing, or plain random text.
 * Every mutation is data (positions, lengths, texts), so a failure shrinks to a small, readable counterexample.
 */
import fc from 'fast-check';
import { dump } from 'js-yaml';
import type { OutputFormat } from '../../checks/cli/check-run.ts';
import type { Seeds } from './seeds.ts';

export type InputFormat = 'yaml' | 'json';

export interface FuzzInput {
  /** How the input was made, for the counterexample. */
  origin: string;
  path: string;
  /** Text as the API passes it, or bytes as the CLI reads them from disk. */
  content: string | Uint8Array;
  /** The text before it was encoded into `content`, for reading a counterexample. */
  text: string;
  /** The report format the CLI renders it to. */
  output: OutputFormat;
}

const yamlTokens = [
  '!Ref ',
  '!If [',
  '!Sub "${',
  '!Sub ${',
  '!GetAtt ',
  '!GetAtt .',
  '!Select [9, []]',
  '!Join ["", [',
  '!Condition ',
  '!Not [',
  '!Equals [',
  '!FindInMap [',
  '!Base64 ',
  '!Cidr [',
  '!GetAZs ',
  '!ImportValue ',
  '!Transform {',
  '!ForEach ',
  '!!binary ',
  '!!str ',
  '!!int ',
  '!!map ',
  '!!seq ',
  '!<tag:yaml.org,2002:str> ',
  '!Unknown ',
  '&a ',
  '*a',
  '<<: *a',
  '<<: [*a, *a]',
  '&a [*a]',
  '---\n',
  '--- ',
  '...\n',
  '%YAML 1.2\n---\n',
  '%TAG ! tag:x:\n---\n',
  '\t',
  '"',
  "'",
  '- ',
  ': ',
  '? ',
  '|',
  '|-\n',
  '>-\n',
  '|+\n',
  '{',
  '}',
  '[',
  ']',
  ',',
  '#',
  ' # plumbline:ignore ',
  'plumbline:ignore AWS-S3-PUBLIC-ACCESS-BLOCK reason="x" expires=2020-13-45',
  '\r',
  '\r\n',
  '\n  ',
  '\n    - ',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\u202E',
  '\u2028',
  '0x1F',
  '0o17',
  '1e400',
  '-.inf',
  '.nan',
  '~',
  'null',
  'true',
  'FALSE',
  '""',
  "''",
  '"\\u',
  '"\\x',
  'AWS::NoValue',
  'AWS::Region',
  '${AWS::StackName}',
  '${!Literal}',
  'Fn::If',
  'Fn::ForEach::Loop',
  'Condition: ',
  'Ref: ',
  'Type: AWS::S3::Bucket',
  'Properties: ',
  'Transform: AWS::Serverless-2016-10-31\n',
  'Transform: AWS::LanguageExtensions\n',
];
const jsonTokens = [
  '{',
  '}',
  '[',
  ']',
  ',',
  ':',
  '"',
  '\\',
  '\\u',
  '\\uD800',
  '\\u0000',
  'null',
  'true',
  'false',
  '1e999',
  '-0',
  '0.0000001',
  '123456789012345678901234567890',
  '""',
  '"Ref"',
  '{"Ref": "x"}',
  '{"Ref": "AWS::NoValue"}',
  '{"Fn::If": ["C", 1, 2]}',
  '{"Fn::If": []}',
  '{"Fn::GetAtt": []}',
  '{"Fn::Sub": ["${x}", {}]}',
  '{"Fn::Join": ["", [1, [2]]]}',
  '{"Fn::Select": [99, []]}',
  '{"Fn::FindInMap": ["M", "a"]}',
  '{"Condition": "C"}',
  '"Type": "AWS::S3::Bucket"',
  '"Properties": ',
  '"Condition": ',
  '"__proto__": ',
  '"constructor": ',
  '/* */',
  '//',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\u202E',
  ' ',
  '\n',
  '\r\n',
  '\t',
];

/** Plain values, including the ones parsers and rules find awkward. */
const scalar = (seeds: Seeds): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.constantFrom(...seeds.scalars),
    fc.string({ maxLength: 12 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.constantFrom('0.0.0.0/0', '::/0', '*', '-1', '', 'true', 'false', 'AWS::NoValue', 'arn:aws:iam::aws:policy/AdministratorAccess', '${AWS::AccountId}', 'a'.repeat(300)),
  );

const intrinsicNames = [
  'Ref',
  'Condition',
  'Fn::If',
  'Fn::Sub',
  'Fn::GetAtt',
  'Fn::Join',
  'Fn::Select',
  'Fn::Split',
  'Fn::Equals',
  'Fn::And',
  'Fn::Or',
  'Fn::Not',
  'Fn::FindInMap',
  'Fn::Base64',
  'Fn::Cidr',
  'Fn::GetAZs',
  'Fn::ImportValue',
  'Fn::Transform',
  'Fn::Length',
  'Fn::ToJsonString',
  'Fn::ForEach::Loop',
];

/** A value as it may sit in a template: scalars, lists, maps keyed by real property names, intrinsic functions with any arguments. */
function templateValue(seeds: Seeds): fc.Arbitrary<unknown> {
  const key = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...seeds.keys) }, { weight: 1, arbitrary: fc.string({ maxLength: 8 }) });
  return fc.letrec<{ value: unknown; list: unknown[]; map: Record<string, unknown>; intrinsic: Record<string, unknown> }>((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true }, scalar(seeds), tie('intrinsic'), tie('list'), tie('map')),
    list: fc.array(tie('value'), { maxLength: 4 }),
    map: fc.dictionary(key, tie('value'), { maxKeys: 5 }),
    intrinsic: fc.tuple(fc.constantFrom(...intrinsicNames), tie('value')).map(([name, argument]) => ({ [name]: argument })),
  })).value;
}

/** A template from nothing: real sections, real resource types, random everything else. */
function generatedTemplate(seeds: Seeds): fc.Arbitrary<unknown> {
  const value = templateValue(seeds);
  const name = fc.oneof(fc.constantFrom('Bucket', 'Role', 'Env', 'IsProd', 'Db', 'Queue'), fc.string({ minLength: 1, maxLength: 8 }));
  const resource = fc.record(
    {
      Type: fc.oneof({ weight: 9, arbitrary: fc.constantFrom(...seeds.resourceTypes) }, { weight: 1, arbitrary: value }),
      Properties: fc.oneof({ weight: 9, arbitrary: fc.dictionary(fc.constantFrom(...seeds.keys), value, { maxKeys: 6 }) }, { weight: 1, arbitrary: value }),
      Condition: value,
      DependsOn: value,
      Metadata: value,
      DeletionPolicy: fc.constantFrom('Delete', 'Retain', 'Snapshot', 'RetainExceptOnCreate'),
      UpdateReplacePolicy: fc.constantFrom('Delete', 'Retain', 'Snapshot'),
    },
    { requiredKeys: ['Type'] },
  );
  return fc.record(
    {
      AWSTemplateFormatVersion: fc.constantFrom('2010-09-09', 20100909, ''),
      Transform: fc.constantFrom('AWS::Serverless-2016-10-31', 'AWS::LanguageExtensions', ['AWS::LanguageExtensions', 'AWS::Serverless-2016-10-31']),
      Parameters: fc.dictionary(
        name,
        fc.record(
          {
            Type: fc.constantFrom('String', 'Number', 'CommaDelimitedList', 'List<Number>', 'AWS::EC2::VPC::Id', 'AWS::SSM::Parameter::Value<String>'),
            Default: value,
            AllowedValues: fc.array(scalar(seeds), { maxLength: 3 }),
            NoEcho: fc.boolean(),
          },
          { requiredKeys: ['Type'] },
        ),
        { maxKeys: 3 },
      ),
      Conditions: fc.dictionary(name, value, { maxKeys: 3 }),
      Mappings: fc.dictionary(name, value, { maxKeys: 2 }),
      Globals: fc.dictionary(fc.constantFrom('Function', 'Api', 'HttpApi', 'SimpleTable'), value, { maxKeys: 2 }),
      Resources: fc.oneof({ weight: 19, arbitrary: fc.dictionary(name, resource, { minKeys: 1, maxKeys: 6 }) }, { weight: 1, arbitrary: value }),
      Outputs: value,
    },
    { requiredKeys: ['Resources'] },
  );
}

/** Every path to a value inside a document, capped so a large seed stays cheap. */
function pathsIn(value: unknown, path: (string | number)[] = [], found: (string | number)[][] = []): (string | number)[][] {
  if (found.length >= 400) return found;
  found.push(path);
  if (Array.isArray(value)) value.forEach((item, index) => pathsIn(item, [...path, index], found));
  else if (value !== null && typeof value === 'object') for (const [key, item] of Object.entries(value)) pathsIn(item, [...path, key], found);
  return found;
}

function replaceAt(value: unknown, path: (string | number)[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  const [head, ...rest] = path;
  if (Array.isArray(value)) return value.map((item, index) => (index === head ? replaceAt(item, rest, replacement) : item));
  const copy = Object.fromEntries(Object.entries(value as Record<string, unknown>));
  Object.defineProperty(copy, head as string, { value: replaceAt(copy[head as string], rest, replacement), enumerable: true, writable: true, configurable: true });
  return copy;
}

/** A real template with some of its values replaced: the syntax stays valid, so the rules meet the nonsense. */
function treeMutation(seeds: Seeds): fc.Arbitrary<{ origin: string; value: unknown }> {
  return fc
    .record({ seed: fc.nat({ max: seeds.documents.length - 1 }), replacements: fc.array(fc.tuple(fc.nat(), templateValue(seeds)), { minLength: 1, maxLength: 4 }) })
    .map(({ seed, replacements }) => {
      const document = seeds.documents[seed]!;
      let value = document.value;
      for (const [at, replacement] of replacements) {
        const paths = pathsIn(value);
        value = replaceAt(value, paths[at % paths.length]!, replacement);
      }
      return { origin: `${document.origin} with ${replacements.length} value(s) replaced`, value };
    });
}

type TextMutation =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'truncate'; at: number }
  | { kind: 'swap-lines'; a: number; b: number }
  | { kind: 'indent'; line: number; by: number };

function textMutation(format: InputFormat, seeds: Seeds): fc.Arbitrary<TextMutation> {
  const tokens = format === 'yaml' ? yamlTokens : jsonTokens;
  const key = fc.constantFrom(...seeds.keys).map((name) => (format === 'yaml' ? `${name}: ` : `"${name}": `));
  const fragment = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...tokens) },
    { weight: 2, arbitrary: key },
    { weight: 2, arbitrary: fc.constantFrom(...seeds.scalars) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 16 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 16 }) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('[', '{', '- ', '!If [', '{"a":'), fc.integer({ min: 1, max: 300 })).map(([open, times]) => open.repeat(times)) },
  );
  return fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 200 }) }),
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fragment }) },
    fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 400 }) }),
    // Large inputs are where quadratic time hides: a slice repeated into tens or hundreds of kilobytes.
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('repeat' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 100 }), times: fc.integer({ min: 2, max: 2000 }) }) },
    fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
    fc.record({ kind: fc.constant('swap-lines' as const), a: fc.nat(), b: fc.nat() }),
    fc.record({ kind: fc.constant('indent' as const), line: fc.nat(), by: fc.integer({ min: -4, max: 4 }) }),
  );
}

function applyTextMutation(text: string, mutation: TextMutation): string {
  const at = (position: number) => position % (text.length + 1);
  switch (mutation.kind) {
    case 'delete':
      return text.slice(0, at(mutation.at)) + text.slice(at(mutation.at) + mutation.length);
    case 'insert':
      return text.slice(0, at(mutation.at)) + mutation.text + text.slice(at(mutation.at));
    case 'duplicate': {
      const start = at(mutation.at);
      return text.slice(0, start) + text.slice(start, start + mutation.length).repeat(2) + text.slice(start + mutation.length);
    }
    case 'repeat': {
      const start = at(mutation.at);
      return text.slice(0, start) + text.slice(start, start + mutation.length).repeat(mutation.times) + text.slice(start + mutation.length);
    }
    case 'truncate':
      return text.slice(0, at(mutation.at));
    case 'swap-lines': {
      const lines = text.split('\n');
      const a = mutation.a % lines.length;
      const b = mutation.b % lines.length;
      [lines[a], lines[b]] = [lines[b]!, lines[a]!];
      return lines.join('\n');
    }
    case 'indent': {
      const lines = text.split('\n');
      const line = mutation.line % lines.length;
      lines[line] = mutation.by >= 0 ? ' '.repeat(mutation.by) + lines[line] : lines[line]!.replace(new RegExp(`^ {0,${-mutation.by}}`), '');
      return lines.join('\n');
    }
  }
}

/** How the text reaches the engine: as a string (the API), or as the bytes of a file (the CLI), in every encoding we meet. */
type Encoding = 'string' | 'utf-8' | 'utf-8 with BOM' | 'utf-16le with BOM' | 'utf-16be with BOM' | 'utf-16le without BOM' | 'utf-8 with flipped bytes';

function encode(text: string, encoding: Encoding, flips: [number, number][]): string | Uint8Array {
  switch (encoding) {
    case 'string':
      return text;
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8 with BOM':
      return new TextEncoder().encode(`\uFEFF${text}`);
    case 'utf-16le with BOM':
    case 'utf-16be with BOM':
    case 'utf-16le without BOM': {
      const bytes = new Uint8Array(text.length * 2);
      for (let index = 0; index < text.length; index++) {
        const unit = text.charCodeAt(index);
        const [first, second] = encoding === 'utf-16be with BOM' ? [unit >> 8, unit & 0xff] : [unit & 0xff, unit >> 8];
        bytes[index * 2] = first;
        bytes[index * 2 + 1] = second;
      }
      if (encoding === 'utf-16le without BOM') return bytes;
      return new Uint8Array([...(encoding === 'utf-16le with BOM' ? [0xff, 0xfe] : [0xfe, 0xff]), ...bytes]);
    }
    case 'utf-8 with flipped bytes': {
      const bytes = new TextEncoder().encode(text);
      for (const [at, value] of flips) if (bytes.length > 0) bytes[at % bytes.length] = value;
      return bytes;
    }
  }
}

const encoding: fc.Arbitrary<Encoding> = fc.oneof(
  { weight: 10, arbitrary: fc.constant('string' as const) },
  { weight: 8, arbitrary: fc.constant('utf-8' as const) },
  { weight: 1, arbitrary: fc.constantFrom('utf-8 with BOM' as const, 'utf-16le with BOM' as const, 'utf-16be with BOM' as const, 'utf-16le without BOM' as const) },
  { weight: 1, arbitrary: fc.constant('utf-8 with flipped bytes' as const) },
);

function serialise(value: unknown, format: InputFormat, indent: number): string {
  if (format === 'json') return JSON.stringify(value, null, indent) ?? 'null';
  return dump(value, { lineWidth: -1, noRefs: true, skipInvalid: true, indent: Math.max(1, indent) });
}

/** Every kind of hostile input for one format, ready for the engine and the CLI. */
export function fuzzInput(format: InputFormat, seeds: Seeds): fc.Arbitrary<FuzzInput> {
  const textSeeds = format === 'yaml' ? seeds.yaml : seeds.json;
  const mutatedText = fc.record({ seed: fc.nat({ max: textSeeds.length - 1 }), mutations: fc.array(textMutation(format, seeds), { minLength: 1, maxLength: 6 }) }).map(({ seed, mutations }) => ({
    origin: `${textSeeds[seed]!.origin} with text mutations ${JSON.stringify(mutations)}`,
    text: mutations.reduce(applyTextMutation, textSeeds[seed]!.text),
  }));
  const mutatedTree = fc.tuple(treeMutation(seeds), fc.integer({ min: 0, max: 4 })).map(([{ origin, value }, indent]) => ({ origin, text: serialise(value, format, indent) }));
  const generated = fc.tuple(generatedTemplate(seeds), fc.integer({ min: 0, max: 4 })).map(([value, indent]) => ({ origin: 'generated template', text: serialise(value, format, indent) }));
  const randomText = fc
    .oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.json(), fc.string({ unit: fc.constantFrom(...(format === 'yaml' ? yamlTokens : jsonTokens)), maxLength: 60 }))
    .map((text) => ({ origin: 'random text', text }));

  const extension = format === 'yaml' ? fc.constantFrom('.yaml', '.yml', '.template') : fc.constantFrom('.json', '.json', '.template');
  // Names reach every report: SARIF URIs, Markdown code spans, JUnit attributes, text headers.
  const awkwardCharacter = fc.oneof(fc.constantFrom('\uD800', '\uDFFF', '`', '|', '@', '\r', '\n', '\u202E', '/', '\\', '%', ' ', '<', '&'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }));
  const name = fc.oneof({ weight: 9, arbitrary: fc.constant('infra/template') }, { weight: 1, arbitrary: fc.string({ unit: awkwardCharacter, maxLength: 24 }) });

  return fc
    .record({
      made: fc.oneof({ weight: 4, arbitrary: mutatedText }, { weight: 4, arbitrary: mutatedTree }, { weight: 2, arbitrary: generated }, { weight: 1, arbitrary: randomText }),
      encoding,
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 4 }),
      name,
      extension,
      output: fc.constantFrom<OutputFormat>('text', 'json', 'sarif', 'markdown', 'junit'),
    })
    .map(({ made, encoding, flips, name, extension, output }) => ({
      origin: `${made.origin}, as ${encoding}${encoding === 'utf-8 with flipped bytes' ? ` ${JSON.stringify(flips)}` : ''}`,
      text: made.text,
      path: name + extension,
      content: encode(made.text, encoding, flips),
      output,
    }));
}
