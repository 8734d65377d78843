import { describe, expect, it } from 'vitest';
import { modelOf, resourcesOf, where } from './support/snippets.ts';

describe('identity policies', () => {
  it('reads inline, standalone and data source policies of roles, users and groups', () => {
    const model = modelOf(`data "aws_iam_policy_document" "admin" {
  statement {
    actions   = ["*"]
    resources = ["*"]
  }
}

resource "aws_iam_policy" "admin" {
  policy = data.aws_iam_policy_document.admin.json
}

resource "aws_iam_role" "worker" {
  assume_role_policy = "{}"
  inline_policy {
    name   = "read"
    policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
  }
}

resource "aws_iam_user" "nobody" {
  name = "nobody"
}
`);
    const holders = model.of('aws.iam.policy');
    expect(holders.map((holder) => holder.address)).toEqual(['aws_iam_policy.admin', 'aws_iam_role.worker']);
    expect(holders[0]!.documents[0]!.statements.map((statement) => [statement.effect.state === 'known' && statement.effect.value, statement.actions, statement.resources])).toEqual([
      ['Allow', ['*'], ['*']],
    ]);
    expect(holders[1]!.documents[0]!.statements[0]!.actions).toEqual(['s3:getobject']);
    // A finding quotes a data source statement in its own arguments, a JSON one as IAM JSON.
    expect(holders[0]!.documents[0]!.statements[0]!.written).toEqual({ everyone: 'principals { identifiers = ["*"] }', anyAction: 'actions = ["*"]', anyResource: 'resources = ["*"]' });
    expect(holders[1]!.documents[0]!.statements[0]!.written).toBeUndefined();
  });
});

describe('aws_iam_access_key', () => {
  it('reads the status where it is written, and leaves it absent (Active) where it is not', () => {
    const keys = resourcesOf(
      `resource "aws_iam_access_key" "deployer" {
  user = "ci-deployer"
}

resource "aws_iam_access_key" "retired" {
  user   = "retired-batch"
  status = "Inactive"
}
`,
      'aws.iam.access-key',
    );
    expect(where(keys.get('aws_iam_access_key.deployer')!.status)).toEqual({ value: 'absent', line: 1, property: 'status' });
    expect(where(keys.get('aws_iam_access_key.retired')!.status)).toEqual({ value: 'Inactive', line: 7, property: 'status' });
  });
});

describe('policies of users and groups', () => {
  it('reads aws_iam_user_policy and aws_iam_group_policy, and statements merged in from source_policy_documents', () => {
    const model = modelOf(`data "aws_iam_policy_document" "base" {
  statement {
    actions   = ["s3:GetObject"]
    resources = ["*"]
  }
}

data "aws_iam_policy_document" "merged" {
  source_policy_documents = [data.aws_iam_policy_document.base.json]
  statement {
    actions   = ["sqs:SendMessage"]
    resources = ["*"]
  }
}

resource "aws_iam_user_policy" "batch" {
  user   = "batch"
  policy = data.aws_iam_policy_document.merged.json
}

resource "aws_iam_group_policy" "ops" {
  group  = "ops"
  policy = jsonencode({ Statement = { Effect = "Allow", Action = "*", Resource = "*" } })
}
`);
    const holders = new Map(model.of('aws.iam.policy').map((holder) => [holder.address, holder.documents[0]!.statements.map((statement) => statement.actions)]));
    expect(holders.get('aws_iam_user_policy.batch')).toEqual([['sqs:sendmessage'], ['s3:getobject']]);
    expect(holders.get('aws_iam_group_policy.ops')).toEqual([['*']]);
  });
});

describe('managed policies attached by ARN', () => {
  it('reads AWS managed policies as what they grant, leaves customer ones unreadable and policies of this configuration to their own resource', () => {
    const model = modelOf(`resource "aws_iam_policy" "custom" {
  policy = jsonencode({ Statement = [{ Effect = "Allow", Action = "s3:GetObject", Resource = "*" }] })
}

resource "aws_iam_role_policy_attachment" "custom" {
  role       = "worker"
  policy_arn = aws_iam_policy.custom.arn
}

resource "aws_iam_role_policy_attachment" "power" {
  role       = "worker"
  policy_arn = "arn:aws-us-gov:iam::aws:policy/PowerUserAccess"
}

resource "aws_iam_role" "worker" {
  assume_role_policy  = "{}"
  managed_policy_arns = ["arn:aws:iam::aws:policy/IAMFullAccess", "arn:aws:iam::123456789012:policy/team"]
}
`);
    const holders = new Map(model.of('aws.iam.policy').map((holder) => [holder.address, holder.documents]));
    expect(holders.has('aws_iam_role_policy_attachment.custom')).toBe(false);
    expect(holders.get('aws_iam_role_policy_attachment.power')![0]!.statements[0]).toMatchObject({ notAction: true, actions: ['iam:*', 'organizations:*', 'account:*'] });
    expect(holders.get('aws_iam_role.worker')!.map((document) => [document.origin?.name, document.unreadable ?? false])).toEqual([
      ['IAMFullAccess', false],
      [undefined, true],
    ]);
  });
});
