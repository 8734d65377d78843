import type { IamPolicyHolder, PolicyStatement } from '../../../../model/aws/iam.ts';
import { defineRule } from '../../../rule.ts';
import { actionsGranting, isAllow, isEveryAction, onEveryResource } from '../grants.ts';

/** Actions that change the caller's own permissions or credentials outright (Rhino Security Labs' published list). */
const escalations = [
  'iam:createpolicyversion',
  'iam:setdefaultpolicyversion',
  'iam:attachuserpolicy',
  'iam:attachrolepolicy',
  'iam:attachgrouppolicy',
  'iam:putuserpolicy',
  'iam:putrolepolicy',
  'iam:putgrouppolicy',
  'iam:createaccesskey',
  'iam:createloginprofile',
  'iam:updateloginprofile',
  'iam:updateassumerolepolicy',
  'iam:addusertogroup',
  'lambda:updatefunctioncode',
  'glue:updatedevendpoint',
];

/** Actions that start something running as a role the caller passes to it: with iam:PassRole on every role, any role. */
const launchers = ['ec2:runinstances', 'lambda:createfunction', 'cloudformation:createstack', 'glue:createdevendpoint', 'datapipeline:createpipeline', 'ecs:runtask'];

/** Condition keys that limit which policies, roles or users an IAM action may touch. */
const limitsTargets = (statement: PolicyStatement): boolean => statement.conditions.some((condition) => condition.key.startsWith('iam:') || condition.key.startsWith('aws:resourcetag/'));

/** A statement that grants `actions` on every resource, without a condition that limits the targets. */
function broadGrants(statement: PolicyStatement, actions: string[]): string[] {
  if (!isAllow(statement) || onEveryResource(statement) === undefined || limitsTargets(statement)) return [];
  const written = actions.flatMap((action) => actionsGranting(statement, action)).filter((action) => !isEveryAction(action));
  return [...new Set(written)];
}

/** Any statement of the holder that allows one of `actions`, on any resource. */
function grantsAnywhere(holder: IamPolicyHolder, actions: string[]): string | undefined {
  for (const document of holder.documents)
    for (const statement of document.statements) {
      if (!isAllow(statement)) continue;
      const found = actions.flatMap((action) => actionsGranting(statement, action)).find((action) => !isEveryAction(action));
      if (found) return found;
    }
  return undefined;
}

export default defineRule({
  id: 'AWS-IAM-PRIVILEGE-ESCALATION',
  title: 'IAM policies do not let a principal raise its own privileges',
  problem: 'IAM policy lets a principal raise its own privileges',
  pillar: 'security',
  severity: 'high',
  rationale:
    'Some IAM actions are as good as administrator access when allowed on every resource: whoever holds them can attach a policy to itself, publish a new default version of a policy it uses, create access keys or a console password for another user, or hand an administrator role to an EC2 instance or Lambda function it starts. These paths are published and routinely tried after a credential leak. Scope such actions to the exact users, roles and policies they are meant for, or constrain them with a permissions boundary condition.',
  guide: 'least-privilege-iam',
  reads: ['aws.iam.policy'],
  messages: {
    escalation: 'a policy of {holder} allows {actions} on {resource}, which lets the holder grant itself more permissions',
    passRole: 'a policy of {holder} allows {passRole} on {resource} together with {launch}, which lets the holder run code as any role in the account',
  },
  fix: {
    cloudformation: `PolicyDocument:
  Version: "2012-10-17"
  Statement:
    - Effect: Allow
      Action: iam:PutRolePolicy
      Resource: !GetAtt BuildRole.Arn   # only the role this pipeline manages, not "*"
    - Effect: Allow
      Action: iam:PassRole
      Resource: !GetAtt FunctionRole.Arn   # one role, not every role
      Condition:
        StringEquals:
          iam:PassedToService: lambda.amazonaws.com`,
    terraform: `data "aws_iam_policy_document" "deployer" {
  statement {
    actions   = ["iam:PutRolePolicy"]
    resources = [aws_iam_role.build.arn] # only the role this pipeline manages, not "*"
  }
  statement {
    actions   = ["iam:PassRole"]
    resources = [aws_iam_role.function.arn] # one role, not every role
    condition {
      test     = "StringEquals"
      variable = "iam:PassedToService"
      values   = ["lambda.amazonaws.com"]
    }
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_110', 'CKV_AWS_286'] },

  check(model, report) {
    for (const holder of model.of('aws.iam.policy')) {
      const launch = grantsAnywhere(holder, launchers);
      for (const document of holder.documents)
        for (const statement of document.statements) {
          const resource = statement.written?.anyResource ?? `Resource "${onEveryResource(statement)}"`;
          const direct = broadGrants(statement, escalations);
          if (direct.length > 0) {
            report(holder, statement.at, 'escalation', { holder: holder.name, actions: direct, resource });
            continue;
          }
          const passRole = broadGrants(statement, ['iam:passrole'])[0];
          if (passRole && launch) report(holder, statement.at, 'passRole', { holder: holder.name, passRole, resource, launch });
        }
    }
  },
});
