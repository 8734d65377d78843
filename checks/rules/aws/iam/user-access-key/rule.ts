import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-IAM-USER-ACCESS-KEY',
  title: 'Stacks do not create long-lived IAM user access keys',
  problem: 'Stack creates a long-lived IAM user access key',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'An IAM user access key never expires on its own: it stays valid until someone rotates or deletes it, and a leaked key works from anywhere. Workloads on AWS should use IAM roles, and people and external systems should get temporary credentials from IAM Identity Center or an OIDC federation. A key created by a stack is also exposed to anyone who can read the stack outputs or the resource it is passed to.',
  guide: 'no-long-lived-credentials',
  reads: ['aws.iam.access-key'],
  messages: {
    active: 'access key {key} is an active long-lived credential for an IAM user',
  },
  fix: {
    cloudformation: `# Instead of AWS::IAM::User + AWS::IAM::AccessKey, give the workload a role:
AppRole:
  Type: AWS::IAM::Role
  Properties:
    AssumeRolePolicyDocument:
      Version: "2012-10-17"
      Statement:
        - Effect: Allow
          Principal: { Service: ec2.amazonaws.com }
          Action: sts:AssumeRole`,
    terraform: `# Instead of aws_iam_access_key, let the workload assume a role:
resource "aws_iam_role" "app" {
  name = "app"
  assume_role_policy = jsonencode({
    Version = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "ec2.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const key of model.of('aws.iam.access-key')) {
      // An inactive key cannot sign requests; a status only known at deploy time is not a finding.
      if (key.status.state === 'unknown' || (key.status.state === 'known' && key.status.value !== 'Active')) continue;
      const at = key.status.state === 'known' ? key.status.at : key.at;
      report(key, at, 'active', { key: key.name });
    }
  },
});
