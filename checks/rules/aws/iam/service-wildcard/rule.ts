import { defineRule } from '../../../rule.ts';
import { isAllow, onEveryResource } from '../grants.ts';

/** `s3:*`, `dynamodb:*`: every action of one service. */
const serviceWide = /^[a-z0-9-]+:\*$/;

export default defineRule({
  id: 'AWS-IAM-SERVICE-WILDCARD',
  title: 'IAM policies name the actions they allow instead of a whole service',
  problem: 'IAM policy allows every action of a service on every resource',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'An action such as "s3:*" or "dynamodb:*" on every resource grants the service\'s administrative actions too: deleting buckets and tables, rewriting their resource policies, turning off encryption or backups. A workload usually needs a handful of read and write actions on a few resources. List those actions and resources; IAM Access Analyzer can draft the list from CloudTrail activity.',
  guide: 'least-privilege-iam',
  reads: ['aws.iam.policy'],
  messages: {
    serviceWide: 'a policy of {holder} allows {action} on {resource}: every action of the service',
  },
  fix: {
    cloudformation: `PolicyDocument:
  Version: "2012-10-17"
  Statement:
    - Effect: Allow
      Action:   # the actions the code calls, not "s3:*"
        - s3:GetObject
        - s3:PutObject
      Resource: !Sub "\${UploadsBucket.Arn}/*"`,
    terraform: `data "aws_iam_policy_document" "uploads" {
  statement {
    actions   = ["s3:GetObject", "s3:PutObject"] # the actions the code calls, not "s3:*"
    resources = ["\${aws_s3_bucket.uploads.arn}/*"]
  }
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const holder of model.of('aws.iam.policy'))
      for (const document of holder.documents)
        for (const statement of document.statements) {
          const everyResource = onEveryResource(statement);
          if (!isAllow(statement) || statement.notAction || everyResource === undefined) continue;
          const actions = (statement.actions ?? []).filter((action) => serviceWide.test(action));
          for (const action of actions) report(holder, statement.at, 'serviceWide', { holder: holder.name, action, resource: statement.written?.anyResource ?? `Resource "${everyResource}"` });
        }
  },
});
