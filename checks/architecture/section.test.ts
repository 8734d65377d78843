import { describe, expect, it } from 'vitest';
import { checkSources } from '../engine/check.ts';
import { Architecture } from '../report/schema.ts';

const template = `Resources:
  Alerts: { Type: AWS::SNS::Topic }
  Inbox:
    Type: AWS::SQS::QueuePolicy
    Properties: { Queues: [q], PolicyDocument: { Statement: [{ Resource: !Sub "\${Alerts}" }] } }
  Api:
    Type: AWS::Serverless::Function
    DependsOn: Inbox
    Properties: { Runtime: nodejs22.x, Handler: index.handler, CodeUri: src/ }
`;

describe('the architecture section of a report', () => {
  const report = checkSources([
    { path: 'app/stack.yaml', content: template },
    { path: 'broken.yaml', content: 'a: [' },
  ]);

  it('has a node for every declared resource, with its model kind or unmodelled, group, file and line', () => {
    expect(Architecture.parse(report.architecture)).toEqual(report.architecture);
    expect(report.architecture?.nodes).toEqual([
      {
        id: 'app/stack.yaml#AWS::SNS::Topic.Alerts',
        address: 'AWS::SNS::Topic.Alerts',
        name: 'Alerts',
        type: 'AWS::SNS::Topic',
        kind: 'aws.sns.topic',
        group: 'messaging',
        file: 'app/stack.yaml',
        line: 2,
      },
      {
        id: 'app/stack.yaml#AWS::SQS::QueuePolicy.Inbox',
        address: 'AWS::SQS::QueuePolicy.Inbox',
        name: 'Inbox',
        type: 'AWS::SQS::QueuePolicy',
        kind: 'unmodelled',
        group: 'messaging',
        file: 'app/stack.yaml',
        line: 3,
      },
      {
        id: 'app/stack.yaml#AWS::Serverless::Function.Api',
        address: 'AWS::Serverless::Function.Api',
        name: 'Api',
        type: 'AWS::Serverless::Function',
        kind: 'aws.lambda.function',
        group: 'compute',
        file: 'app/stack.yaml',
        line: 6,
      },
    ]);
  });

  it('has an edge for every reference, by node id', () => {
    expect(report.architecture?.edges).toEqual([
      { from: 'app/stack.yaml#AWS::SQS::QueuePolicy.Inbox', to: 'app/stack.yaml#AWS::SNS::Topic.Alerts', kind: 'value', property: 'PolicyDocument' },
      { from: 'app/stack.yaml#AWS::Serverless::Function.Api', to: 'app/stack.yaml#AWS::SQS::QueuePolicy.Inbox', kind: 'order' },
    ]);
  });

  it('is absent when no file could be checked', () => {
    expect(checkSources([{ path: 'broken.yaml', content: 'a: [' }]).architecture).toBeUndefined();
  });
});
