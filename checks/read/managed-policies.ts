/**
 * AWS managed policies that decide a review, as the statements they grant, so a role that attaches
 * `arn:aws:iam::aws:policy/AdministratorAccess` (or SAM's `Policies: [AdministratorAccess]`) is read like one that
 * writes `Action: "*"` itself. Facts from the AWS Managed Policy Reference (docs.aws.amazon.com/aws-managed-policy);
 * a service's full-access policy lists the service-wide grant that matters to a review, not every read-only side
 * action. A policy not in this table is attached but unreadable: rules may conclude nothing from it.
 */
import type { PolicyDocument, PolicyStatement } from '../model/aws/iam.ts';
import type { Place } from '../model/types.ts';

interface Grant {
  actions?: string[];
  /** `NotAction`: everything except these. */
  notActions?: string[];
  resources: string[];
}

export interface ManagedPolicy {
  /** The path in its ARN: `arn:aws:iam::aws:policy{path}{name}`. */
  path: string;
  /** What it amounts to: full administrator, IAM administration, or every action of one service. */
  grants: 'administrator' | 'power-user' | 'iam-write' | 'service-full' | 'scoped';
  statements: Grant[];
}

export const managedPolicies: Readonly<Record<string, ManagedPolicy>> = {
  AdministratorAccess: { path: '/', grants: 'administrator', statements: [{ actions: ['*'], resources: ['*'] }] },
  PowerUserAccess: {
    path: '/',
    grants: 'power-user',
    statements: [
      { notActions: ['iam:*', 'organizations:*', 'account:*'], resources: ['*'] },
      {
        actions: [
          'account:GetAccountInformation',
          'account:GetPrimaryEmail',
          'account:ListRegions',
          'iam:CreateServiceLinkedRole',
          'iam:DeleteServiceLinkedRole',
          'iam:ListRoles',
          'organizations:DescribeEffectivePolicy',
          'organizations:DescribeOrganization',
        ],
        resources: ['*'],
      },
    ],
  },
  IAMFullAccess: {
    path: '/',
    grants: 'iam-write',
    statements: [
      {
        actions: [
          'iam:*',
          'organizations:DescribeAccount',
          'organizations:DescribeOrganization',
          'organizations:DescribeOrganizationalUnit',
          'organizations:DescribePolicy',
          'organizations:ListChildren',
          'organizations:ListParents',
          'organizations:ListPoliciesForTarget',
          'organizations:ListRoots',
          'organizations:ListPolicies',
          'organizations:ListTargetsForPolicy',
        ],
        resources: ['*'],
      },
    ],
  },
  AmazonS3FullAccess: { path: '/', grants: 'service-full', statements: [{ actions: ['s3:*', 's3-object-lambda:*'], resources: ['*'] }] },
  AmazonDynamoDBFullAccess: { path: '/', grants: 'service-full', statements: [{ actions: ['dynamodb:*', 'dax:*'], resources: ['*'] }] },
  AmazonSQSFullAccess: { path: '/', grants: 'service-full', statements: [{ actions: ['sqs:*'], resources: ['*'] }] },
  AmazonSNSFullAccess: { path: '/', grants: 'service-full', statements: [{ actions: ['sns:*'], resources: ['*'] }] },
  AWSLambdaBasicExecutionRole: { path: '/service-role/', grants: 'scoped', statements: [{ actions: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'], resources: ['*'] }] },
};

/** `arn:aws:iam::aws:policy/…` in any partition (`aws-cn`, `aws-us-gov`), with or without a path. */
const awsManagedArn = /^arn:(?:aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b|\$\{AWS::Partition\}):iam::aws:policy\/(?:[\w+=,.@-]+\/)*([\w+=,.@-]+)$/;

/** The managed policy's name when `written` is an AWS managed policy ARN (also `arn:${AWS::Partition}:…` as `!Sub` writes it). */
export function awsManagedPolicyName(written: string): string | undefined {
  return awsManagedArn.exec(written)?.[1];
}

/** The statements an AWS managed policy grants, placed where the source attaches it; unreadable when not in the table. */
export function managedPolicyDocument(name: string, at: Place): PolicyDocument {
  const origin = { kind: 'aws-managed', name } as const;
  const policy = managedPolicies[name];
  if (!policy) return { at, statements: [], unreadable: true, origin };
  return { at, origin, statements: policy.statements.map((grant) => grantedStatement(grant, at)) };
}

/** One statement a named policy grants, as if written at the place that names the policy. */
export function grantedStatement(grant: Grant, at: Place): PolicyStatement {
  return {
    at,
    effect: { state: 'known', value: 'Allow', at },
    principalIsEveryone: false,
    actions: (grant.notActions ?? grant.actions ?? []).map((action) => action.toLowerCase()),
    notAction: grant.notActions !== undefined,
    resources: grant.resources,
    notResource: false,
    conditions: [],
  };
}
