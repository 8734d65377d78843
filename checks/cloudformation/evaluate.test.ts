import { describe, expect, it } from 'vitest';
import { parseSource } from '../parse/input.ts';
import { valueOf, type MapNode } from '../parse/tree.ts';
import { evaluate, knownText, type EvalContext } from './evaluate.ts';
import { readTemplate, type CfnTemplate } from './template.ts';

const header = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env:
    Type: String
    Default: dev
  Secret:
    Type: String
    NoEcho: true
    Default: hunter2
  Subnets:
    Type: CommaDelimitedList
    Default: "a,b,c"
  NoDefault:
    Type: String
Mappings:
  Sizes:
    dev:
      Instance: t3.micro
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Bucket:
    Type: AWS::S3::Bucket
  Probe:
    Type: AWS::S3::Bucket
    Properties:
`;

function probe(expression: string, params: Record<string, string> = {}, conditions: Record<string, boolean> = {}) {
  const parsed = parseSource('t.yaml', `${header}      Value: ${expression}\n`);
  const result = readTemplate(parsed.file, parsed.documents[0]!);
  if (result.kind !== 'template') throw new Error(result.kind);
  const template: CfnTemplate = result.template;
  const ctx: EvalContext = { template, params: new Map(Object.entries(params)), conditions: new Map(Object.entries(conditions)) };
  const properties = template.resources.get('Probe')!.properties as MapNode;
  return evaluate(valueOf(properties, 'Value')!, ctx);
}

describe('intrinsic functions', () => {
  it.each([
    ['!Ref Env', 'dev'],
    ['!Sub "app-${Env}"', 'app-dev'],
    ['!Sub ["${A}-${Env}", { A: x }]', 'x-dev'],
    ['!Sub "literal-${!NotAVariable}"', 'literal-${NotAVariable}'],
    ['!Join ["-", [a, !Ref Env]]', 'a-dev'],
    ['!Select [1, !Ref Subnets]', 'b'],
    ['!Select [2, !Split [",", "x,y,z"]]', 'z'],
    ['!FindInMap [Sizes, !Ref Env, Instance]', 't3.micro'],
    ['!If [IsProd, big, small]', 'small'],
    ['!Base64 "hello"', 'hello'],
  ])('%s evaluates to %s', (expression, expected) => {
    expect(knownText(probe(expression, {}, { IsProd: false }))).toBe(expected);
  });

  it('lets a user-given parameter win over the default', () => {
    expect(knownText(probe('!Ref Env', { Env: 'prod' }))).toBe('prod');
  });

  it('marks values from NoEcho parameters as secret', () => {
    expect(probe('!Ref Secret')).toMatchObject({ kind: 'scalar', via: 'secret-parameter' });
  });

  it.each(['!Ref NoDefault', '!Ref AWS::AccountId', '!ImportValue Shared', '!Sub "${AWS::Region}-x"', '!GetAZs ""', '!Join ["-", [!Ref NoDefault, a]]'])(
    'leaves %s unknown rather than guessing',
    (expression) => {
      expect(probe(expression).kind).toBe('unknown');
    },
  );

  it('turns Ref and GetAtt on a resource into typed references', () => {
    expect(probe('!Ref Bucket')).toMatchObject({ kind: 'ref', resource: 'Bucket' });
    expect(probe('!GetAtt Bucket.Arn')).toMatchObject({ kind: 'ref', resource: 'Bucket', attribute: 'Arn' });
    expect(probe('!GetAtt [Bucket, DomainName]')).toMatchObject({ kind: 'ref', resource: 'Bucket', attribute: 'DomainName' });
  });

  it('removes a property set to AWS::NoValue', () => {
    expect(probe('!If [IsProd, x, !Ref AWS::NoValue]', {}, { IsProd: false }).kind).toBe('absent');
  });
});
