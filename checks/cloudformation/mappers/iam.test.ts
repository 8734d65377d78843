// Identity policies from templates: JSON text placed inside the string, managed policies by ARN and SAM name, SAM policy templates.
import { describe, expect, it } from 'vitest';
import { cloudFormation } from '../../formats/cloudformation.ts';
import { positionAt } from '../../source/file.ts';
import { buildModel } from '../build.ts';
import { scenariosOf } from '../scenarios.ts';

function holders(resources: string, transform = false) {
  const text = `AWSTemplateFormatVersion: "2010-09-09"\n${transform ? 'Transform: AWS::Serverless-2016-10-31\n' : ''}Resources:\n${resources}`;
  const read = cloudFormation.read('t.yaml', text);
  if (read.kind !== 'source') throw new Error(JSON.stringify(read));
  const params = new Map<string, string>();
  const model = buildModel({ template: read.source, params, conditions: scenariosOf(read.source, params)[0]!.conditions }, () => []);
  return new Map(model.of('aws.iam.policy').map((holder) => [holder.name, holder.documents]));
}

describe('policy documents written as JSON text', () => {
  it('places each statement of a !Sub | block on its own line and column', () => {
    const documents = holders(`  P:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument: !Sub |
        {
          "Statement": [
            { "Effect": "Allow", "Action": "s3:GetObject", "Resource": "arn:aws:s3:::\${AWS::AccountId}-logs/*" },
            {
              "Effect": "Allow", "Action": ["*"], "Resource": "*"
            }
          ]
        }
`).get('P')!;
    const [scoped, admin] = documents[0]!.statements;
    const place = (at: { file: Parameters<typeof positionAt>[0]; start: number }) => positionAt(at.file, at.start);
    expect(place(scoped!.at)).toEqual({ line: 9, column: 13 });
    expect(place(admin!.at)).toEqual({ line: 10, column: 13 });
    expect(admin!.actions).toEqual(['*']);
    // The account id is known only at deploy time: the resource is unknown, not a guess.
    expect(scoped!.resources).toBeUndefined();
    expect(scoped!.actions).toEqual(['s3:getobject']);
  });

  it('keeps a policy whose text is not JSON as unreadable rather than absent', () => {
    const documents = holders(`  P:
    Type: AWS::IAM::Policy
    Properties:
      PolicyName: p
      PolicyDocument: '{"Statement": ['
`).get('P')!;
    expect(documents[0]).toMatchObject({ statements: [], unreadable: true });
  });
});

describe('managed policies', () => {
  it('reads AWS managed policies attached by ARN in any partition as the statements they grant', () => {
    const documents = holders(`  R:
    Type: AWS::IAM::Role
    Properties:
      AssumeRolePolicyDocument: {}
      ManagedPolicyArns:
        - !Sub arn:\${AWS::Partition}:iam::aws:policy/PowerUserAccess
        - arn:aws-cn:iam::aws:policy/IAMFullAccess
        - arn:aws:iam::123456789012:policy/custom
`).get('R')!;
    expect(documents.map((document) => [document.origin?.name, document.unreadable ?? false])).toEqual([
      ['PowerUserAccess', false],
      ['IAMFullAccess', false],
      [undefined, true],
    ]);
    expect(documents[0]!.statements[0]).toMatchObject({ notAction: true, actions: ['iam:*', 'organizations:*', 'account:*'], resources: ['*'] });
  });
});

describe('SAM Policies', () => {
  it('expands policy templates with their arguments and keeps unknown ones as unreadable', () => {
    const documents = holders(
      `  Uploads:
    Type: AWS::S3::Bucket
  Fn:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.12
      Handler: app.handler
      CodeUri: src/
      Policies:
        - S3ReadPolicy:
            BucketName: !Ref Uploads
        - SQSSendMessagePolicy:
            QueueName: orders
        - NotARealTemplatePolicy: {}
        - AmazonS3FullAccess
`,
      true,
    ).get('Fn')!;
    expect(documents.map((document) => document.origin)).toEqual([
      { kind: 'sam-template', name: 'S3ReadPolicy' },
      { kind: 'sam-template', name: 'SQSSendMessagePolicy' },
      { kind: 'sam-template', name: 'NotARealTemplatePolicy' },
      { kind: 'aws-managed', name: 'AmazonS3FullAccess' },
    ]);
    expect(documents[0]!.statements[0]!.resources).toEqual(['arn:${AWS::Partition}:s3:::${Uploads}', 'arn:${AWS::Partition}:s3:::${Uploads}/*']);
    expect(documents[1]!.statements[0]).toMatchObject({ actions: ['sqs:sendmessage*'], resources: ['arn:${AWS::Partition}:sqs:${AWS::Region}:${AWS::AccountId}:orders'] });
    expect(documents[2]).toMatchObject({ statements: [], unreadable: true });
    expect(documents[3]!.statements[0]!.actions).toEqual(['s3:*', 's3-object-lambda:*']);
  });
});
