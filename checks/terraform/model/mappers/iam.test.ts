import { describe, expect, it } from 'vitest';
import { modelOf } from './support/snippets.ts';

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
  });
});
