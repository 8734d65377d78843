import { defineRule } from '../../../rule.ts';
import { isAllow } from '../grants.ts';

export default defineRule({
  id: 'AWS-IAM-NOT-ACTION',
  title: 'IAM policies allow listed actions and resources, not everything except a list',
  problem: 'IAM policy allows with NotAction or NotResource',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'An Allow statement with NotAction grants every action except the ones listed, including actions of services AWS launches later; NotResource likewise grants every resource except the listed ones. Such statements are much broader than they read and grow on their own. Use them in Deny statements, and write Allow statements with Action and Resource lists.',
  guide: 'least-privilege-iam',
  reads: ['aws.iam.policy'],
  messages: {
    notAction: 'a policy of {holder} allows every action except the ones it lists',
    notResource: 'a policy of {holder} allows access to every resource except the ones it lists',
  },
  fix: {
    cloudformation: `PolicyDocument:
  Version: "2012-10-17"
  Statement:
    - Effect: Allow
      Action:   # list what is allowed instead of NotAction
        - cloudwatch:GetMetricData
        - logs:FilterLogEvents
      Resource: "*"`,
    terraform: `data "aws_iam_policy_document" "operators" {
  statement {
    actions   = ["cloudwatch:GetMetricData", "logs:FilterLogEvents"] # list what is allowed instead of not_actions
    resources = ["*"]
  }
}`,
  },
  equivalents: { cfn_nag: ['W15', 'W16', 'W17'] },

  check(model, report) {
    for (const holder of model.of('aws.iam.policy'))
      for (const document of holder.documents)
        for (const statement of document.statements) {
          if (!isAllow(statement)) continue;
          if (statement.notAction) report(holder, statement.at, 'notAction', { holder: holder.name });
          else if (statement.notResource) report(holder, statement.at, 'notResource', { holder: holder.name });
        }
  },
});
