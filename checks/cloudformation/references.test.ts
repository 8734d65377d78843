import { describe, expect, it } from 'vitest';
import { cloudFormation } from '../formats/cloudformation.ts';
import type { DeclaredResource } from '../formats/format.ts';

function declared(template: string): DeclaredResource[] {
  const read = cloudFormation.read('stack.yaml', template);
  if (read.kind !== 'source') throw new Error(`not read: ${JSON.stringify(read)}`);
  return cloudFormation.references(read.source);
}

const referencesOf = (template: string, name: string) => declared(template).find((resource) => resource.name === name)?.references;

const stack = `AWSTemplateFormatVersion: "2010-09-09"
Parameters:
  Env: { Type: String, Default: dev }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
Resources:
  Vpc:
    Type: AWS::EC2::VPC
  Subnet:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: !Ref Vpc
  Role:
    Type: AWS::IAM::Role
  Key:
    Type: AWS::KMS::Key
  Handler:
    Type: AWS::Lambda::Function
    DependsOn: [Subnet, Role]
    Properties:
      Role: !GetAtt Role.Arn
      KmsKeyArn: !GetAtt [Key, Arn]
      Environment:
        Variables:
          TABLE: !Sub "\${Env}-\${Table}"
          QUEUE: !Sub ["\${Name}", { Name: !GetAtt Queue.QueueName }]
          STAGE: !Sub "\${!Literal}-\${AWS::Region}"
      Tags:
        - Key: size
          Value: !If [IsProd, !Ref Vpc, !Ref AWS::NoValue]
  Table:
    Type: AWS::DynamoDB::Table
  Queue:
    Type: AWS::SQS::Queue
  Logs:
    Type: AWS::S3::Bucket
  LogsPolicy:
    Type: AWS::S3::BucketPolicy
    Properties:
      Bucket: !Ref Logs
      PolicyDocument:
        Statement:
          - Resource: !Sub arn:aws:s3:::\${Logs}/*
  Alarm:
    Type: AWS::CloudWatch::Alarm
    Properties:
      Dimensions:
        - Name: FunctionName
          Value: !Ref Handler
      AlarmActions: [!Ref Missing]
`;

describe('references in a CloudFormation template', () => {
  it('lists every resource in source order with its address and declaring line', () => {
    const resources = declared(stack);
    expect(resources.map((resource) => resource.address)).toEqual([
      'AWS::EC2::VPC.Vpc',
      'AWS::EC2::Subnet.Subnet',
      'AWS::IAM::Role.Role',
      'AWS::KMS::Key.Key',
      'AWS::Lambda::Function.Handler',
      'AWS::DynamoDB::Table.Table',
      'AWS::SQS::Queue.Queue',
      'AWS::S3::Bucket.Logs',
      'AWS::S3::BucketPolicy.LogsPolicy',
      'AWS::CloudWatch::Alarm.Alarm',
    ]);
    const subnet = resources[1]!;
    expect(subnet.at.file.text.slice(subnet.at.start, subnet.at.end)).toBe('Subnet');
    expect(subnet.at.pointer).toBe('/Resources/Subnet');
  });

  it('follows Ref: a subnet names its VPC, a bucket policy its bucket, an alarm its target', () => {
    expect(referencesOf(stack, 'Subnet')).toEqual([{ to: 'Vpc', kind: 'value', property: 'VpcId' }]);
    expect(referencesOf(stack, 'LogsPolicy')).toEqual([{ to: 'Logs', kind: 'value', property: 'Bucket' }]);
    expect(referencesOf(stack, 'Alarm')).toEqual([{ to: 'Handler', kind: 'value', property: 'Dimensions' }]);
  });

  it('follows Fn::GetAtt in both forms, Fn::Sub placeholders and variables, Fn::If branches, and DependsOn', () => {
    expect(referencesOf(stack, 'Handler')).toEqual([
      { to: 'Role', kind: 'value', property: 'Role' },
      { to: 'Key', kind: 'value', property: 'KmsKeyArn' },
      { to: 'Table', kind: 'value', property: 'Environment' },
      { to: 'Queue', kind: 'value', property: 'Environment' },
      { to: 'Vpc', kind: 'value', property: 'Tags' },
      { to: 'Subnet', kind: 'order' },
    ]);
  });

  it('ignores parameters, pseudo parameters, escaped placeholders, Sub variables, itself and undeclared names', () => {
    const template = `Resources:
  Self:
    Type: AWS::SNS::Topic
    Properties:
      TopicName: !Sub ["\${Self}-\${Name}-\${!Other}-\${AWS::StackName}", { Name: x }]
      DisplayName: !Ref Undeclared
  Other:
    Type: AWS::SNS::Topic
    DependsOn: Self
`;
    expect(referencesOf(template, 'Self')).toEqual([]);
    expect(referencesOf(template, 'Other')).toEqual([{ to: 'Self', kind: 'order' }]);
  });

  it('reads JSON templates the same way', () => {
    const json = JSON.stringify({
      Resources: {
        Topic: { Type: 'AWS::SNS::Topic' },
        Queue: { Type: 'AWS::SQS::Queue', DependsOn: 'Topic', Properties: { Tags: [{ Key: 'topic', Value: { 'Fn::GetAtt': ['Topic', 'TopicName'] } }] } },
      },
    });
    expect(referencesOf(json, 'Queue')).toEqual([{ to: 'Topic', kind: 'value', property: 'Tags' }]);
  });
});
