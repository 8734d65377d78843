import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkSources } from '../engine/check.ts';
import { parseSource } from '../parse/input.ts';
import { scalarText, valueOf } from '../parse/tree.ts';
import { allRules } from '../rules/index.ts';
import { readTemplate } from './template.ts';

const topicsPath = 'checks/cloudformation/fixtures/foreach/topics.yaml';
const topics = readFileSync(new URL('./fixtures/foreach/topics.yaml', import.meta.url), 'utf8');

function read(text: string, params: Record<string, string> = {}) {
  const parsed = parseSource(topicsPath, text);
  const result = readTemplate(parsed.file, parsed.documents[0]!, new Map(Object.entries(params)));
  if (result.kind !== 'template') throw new Error(result.kind);
  return result.template;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

describe('Fn::ForEach', () => {
  it('generates one resource per item of a CommaDelimitedList default, with ${Identifier} in the logical id', () => {
    const template = read(topics);
    expect([...template.resources.keys()].filter((id) => id.startsWith('Topic'))).toEqual(['TopicSuccess', 'TopicFailure']);
    const name = valueOf(template.resources.get('TopicFailure')!.properties!, 'TopicName')!;
    // `Fn::Sub` strings are substituted; the node keeps the place of the loop body's line.
    expect(valueOf(name as never, 'Fn::Sub')).toMatchObject({ text: 'orders-Failure' });
    expect(lineOf(topics, name.start)).toBe(16);
    expect(lineOf(topics, template.resources.get('TopicFailure')!.entry.keyStart)).toBe(13);
  });

  it('expands nested loops, with &{Identifier} keeping only the alphanumeric characters, and replaces Ref to the identifier', () => {
    const template = read(topics);
    const groups = [...template.resources.keys()].filter((id) => id.startsWith('Admin'));
    expect(groups).toEqual(['Admin100008Port22', 'Admin100008Port3389', 'Admin00000Port22', 'Admin00000Port3389']);
    const ingress = valueOf(template.resources.get('Admin00000Port3389')!.properties!, 'SecurityGroupIngress');
    if (ingress?.kind !== 'seq' || ingress.items[0]?.kind !== 'map') throw new Error('no ingress');
    expect(scalarText(valueOf(ingress.items[0], 'CidrIp'))).toBe('0.0.0.0/0');
    expect(scalarText(valueOf(ingress.items[0], 'FromPort'))).toBe('3389');
    expect(lineOf(topics, valueOf(ingress.items[0], 'CidrIp')!.start)).toBe(31);
  });

  it('expands loops in Outputs too', () => {
    const outputs = valueOf(read(topics).root, 'Outputs');
    expect(outputs?.kind === 'map' && outputs.entries.map((entry) => entry.key)).toEqual(['TopicSuccessArn', 'TopicFailureArn']);
  });

  it('takes the collection from --param over the default', () => {
    const template = read(topics, { Outcomes: 'Retry', Environments: 'dev,prod' });
    expect([...template.resources.keys()].filter((id) => /^(Topic|Queue)/.test(id))).toEqual(['TopicRetry', 'Queuedev', 'Queueprod']);
  });

  it('warns at the collection it cannot resolve instead of dropping the loop silently', () => {
    const template = read(topics);
    expect(template.diagnostics).toEqual([
      {
        level: 'warning',
        code: 'foreach',
        message: 'Fn::ForEach::PerEnvironment: parameter Environments has no default; pass --param Environments=a,b to check its items, so what it generates was not checked',
        file: topicsPath,
        line: 34,
        column: 7,
      },
    ]);
  });

  it('reports a finding of a generated resource at the line inside the loop body, once per generated resource', () => {
    const rules = allRules.filter((rule) => rule.id === 'AWS-EC2-SG-OPEN-ADMIN-PORTS');
    const report = checkSources([{ path: topicsPath, content: topics }], { rules, today: '2026-12-05' });
    expect(report.findings.map((finding) => `${finding.resource.address} ${finding.line}:${finding.column}`)).toEqual([
      'AWS::EC2::SecurityGroup.Admin00000Port22 31:27',
      'AWS::EC2::SecurityGroup.Admin00000Port3389 31:27',
    ]);
    expect(report.diagnostics).toMatchObject([{ code: 'foreach', line: 34 }]);
    expect(report.files[0]).toMatchObject({ status: 'checked', resources: 6 });
  });

  it('follows --param given on the command line through the engine', () => {
    const rules = allRules.filter((rule) => rule.id === 'AWS-EC2-SG-OPEN-ADMIN-PORTS');
    const report = checkSources([{ path: topicsPath, content: topics }], { rules, params: { Environments: 'dev' } });
    expect(report.diagnostics).toEqual([]);
    expect(report.files[0]).toMatchObject({ resources: 7 });
  });

  it('recognises a template whose only resources come from a loop', () => {
    const text = 'Transform: AWS::LanguageExtensions\nResources:\n  Fn::ForEach::Buckets:\n    - Name\n    - [Logs]\n    - ${Name}:\n        Type: AWS::S3::Bucket\n';
    expect([...read(text).resources.keys()]).toEqual(['Logs']);
  });

  it('stops a hostile nesting of loops with a warning instead of generating without bound', () => {
    const hundred = `[${Array.from({ length: 100 }, (_, index) => `i${index}`).join(', ')}]`;
    const text = `Resources:\n  Fn::ForEach::Outer:\n    - A\n    - ${hundred}\n    - Fn::ForEach::Inner:\n        - B\n        - ${hundred}\n        - Q\${A}\${B}:\n            Type: AWS::SQS::Queue\n`;
    const template = read(text);
    expect(template.resources.size).toBeLessThanOrEqual(2_100);
    expect(template.diagnostics.some((diagnostic) => diagnostic.code === 'foreach' && /generates more than/.test(diagnostic.message))).toBe(true);
  });

  it('expands a loop inside resource properties', () => {
    const text = `Resources:
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      Tags:
        - Key: a
          Value: b
      Fn::ForEach::Extra:
        - Name
        - [ReadCapacityUnits]
        - \${Name}: 5
`;
    expect(
      read(text)
        .resources.get('Table')!
        .properties!.entries.map((entry) => entry.key),
    ).toEqual(['Tags', 'ReadCapacityUnits']);
  });
});
