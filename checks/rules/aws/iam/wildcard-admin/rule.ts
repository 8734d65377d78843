import type { PolicyStatement } from '../../../../model/aws/iam.ts';
import { defineRule } from '../../../rule.ts';

const everyAction = new Set(['*', '*:*']);

/** An Allow of every action on every resource; undecidable statements (computed lists, unknown effect) are not. */
function grantsEverything(statement: PolicyStatement): boolean {
  if (statement.effect.state !== 'known' || statement.effect.value !== 'Allow') return false;
  if (statement.notAction || statement.notResource || !statement.actions || !statement.resources) return false;
  return statement.actions.some((action) => everyAction.has(action)) && statement.resources.includes('*');
}

export default defineRule({
  id: 'AWS-IAM-WILDCARD-ADMIN',
  title: 'IAM policies do not grant every action on every resource',
  problem: 'IAM policy grants every action on every resource',
  pillar: 'security',
  severity: 'high',
  rationale:
    'A statement that allows Action "*" on Resource "*", written out or through the AWS managed policy AdministratorAccess, makes its role, user or group a full administrator: it can read every secret, delete any data and change IAM itself to keep its access. Grant the actions and resources the workload actually uses, and keep administrator access to a few audited, short-lived roles.',
  guide: 'least-privilege-iam',
  reads: ['aws.iam.policy'],
  messages: {
    admin: 'a policy of {holder} allows {action} on {resource} (full administrator access)',
    managedAdmin: '{holder} attaches the AWS managed policy {policy}, which allows every action on every resource (full administrator access)',
  },
  fix: {
    cloudformation: `PolicyDocument:
  Version: "2012-10-17"
  Statement:
    - Effect: Allow
      Action:
        - dynamodb:GetItem
        - dynamodb:PutItem
      Resource: !GetAtt OrdersTable.Arn   # not Action "*" on Resource "*"`,
    terraform: `data "aws_iam_policy_document" "orders" {
  statement {
    actions   = ["dynamodb:GetItem", "dynamodb:PutItem"]
    resources = [aws_dynamodb_table.orders.arn]
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_62'], kics: ['953b3cdb-ce13-428a-aa12-318726506661'], cfn_nag: ['F3', 'F4', 'F5'] },

  check(model, report) {
    for (const holder of model.of('aws.iam.policy'))
      for (const document of holder.documents)
        for (const statement of document.statements) {
          if (!grantsEverything(statement)) continue;
          if (document.origin) report(holder, statement.at, 'managedAdmin', { holder: holder.name, policy: document.origin.name });
          else report(holder, statement.at, 'admin', { holder: holder.name, action: statement.written?.anyAction ?? 'Action "*"', resource: statement.written?.anyResource ?? 'Resource "*"' });
        }
  },
});
