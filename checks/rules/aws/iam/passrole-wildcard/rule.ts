import type { PolicyStatement } from '../../../../model/aws/iam.ts';
import { defineRule } from '../../../rule.ts';
import { actionsGranting, isAllow, isEveryAction, onEveryResource } from '../grants.ts';

/** Conditions that limit which roles may be passed (by tag or path); `iam:PassedToService` limits only the service. */
const limitsRoles = (statement: PolicyStatement): boolean => statement.conditions.some((condition) => condition.key.startsWith('aws:resourcetag/') || condition.key === 'iam:associatedresourcearn');

export default defineRule({
  id: 'AWS-IAM-PASSROLE-WILDCARD',
  title: 'IAM policies allow iam:PassRole only for named roles',
  problem: 'IAM policy allows iam:PassRole on every role',
  pillar: 'security',
  severity: 'high',
  rationale:
    "iam:PassRole decides which roles a principal may hand to a service it configures, such as an EC2 instance profile, a Lambda function or an ECS task. Allowed on every resource, it lets the principal attach the account's most powerful role to compute it controls and act with that role's permissions. Name the roles that may be passed, and add an iam:PassedToService condition for the service that receives them.",
  guide: 'least-privilege-iam',
  reads: ['aws.iam.policy'],
  messages: {
    passAny: 'a policy of {holder} allows {action} on {resource}, so it can pass any role to a service',
  },
  fix: {
    cloudformation: `PolicyDocument:
  Version: "2012-10-17"
  Statement:
    - Effect: Allow
      Action: iam:PassRole
      Resource: !GetAtt TaskRole.Arn   # the role it hands over, not "*"
      Condition:
        StringEquals:
          iam:PassedToService: ecs-tasks.amazonaws.com`,
    terraform: `data "aws_iam_policy_document" "deployer" {
  statement {
    actions   = ["iam:PassRole"]
    resources = [aws_iam_role.task.arn] # the role it hands over, not "*"
    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["ecs-tasks.amazonaws.com"]
    }
  }
}`,
  },
  equivalents: { cfn_nag: ['F38', 'F40'] },

  check(model, report) {
    for (const holder of model.of('aws.iam.policy'))
      for (const document of holder.documents)
        for (const statement of document.statements) {
          const everyResource = onEveryResource(statement);
          if (!isAllow(statement) || everyResource === undefined || limitsRoles(statement)) continue;
          const action = actionsGranting(statement, 'iam:passrole').find((written) => !isEveryAction(written));
          if (action) report(holder, statement.at, 'passAny', { holder: holder.name, action, resource: statement.written?.anyResource ?? `Resource "${everyResource}"` });
        }
  },
});
