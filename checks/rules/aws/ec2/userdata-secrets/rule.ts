import type { BootSecret } from '../../../../model/aws/compute.ts';
import { defineRule } from '../../../rule.ts';
import { phrase } from '../../phrases.ts';
import { launchTemplateLabel } from '../compute-settings.ts';

const messageOf: Record<BootSecret['kind'], 'assignment' | 'privateKey' | 'secretInput' | 'secretReference'> = {
  assignment: 'assignment',
  'private-key': 'privateKey',
  'secret-input': 'secretInput',
  'secret-reference': 'secretReference',
};

export default defineRule({
  id: 'AWS-EC2-USERDATA-SECRETS',
  title: 'EC2 user data and cfn-init metadata hold no secrets',
  problem: 'A secret is written into EC2 user data or cfn-init metadata',
  pillar: 'security',
  severity: 'high',
  rationale:
    'User data is stored unencrypted with the instance: anyone allowed ec2:DescribeInstanceAttribute can read it, and so can every process on the instance through the metadata service. cfn-init metadata is returned by DescribeStackResource with parameters resolved, and NoEcho does not mask values used in the Metadata section. Have the boot script fetch the secret from Secrets Manager or SSM Parameter Store with the instance role instead.',
  guide: 'manage-secrets',
  reads: ['aws.ec2.instance', 'aws.ec2.launch-template'],
  messages: {
    assignment: '{property} of {launcher} gives {name} a value written in plain text',
    privateKey: '{property} of {launcher} contains a private key ({name})',
    secretInput: '{property} of {launcher} puts the secret {name} into its text, where it is no longer masked',
    secretReference: '{property} of {launcher} resolves the secret {name} into its text, where it is no longer masked',
  },
  fix: {
    cloudformation: `Type: AWS::EC2::LaunchTemplate
Properties:
  LaunchTemplateData:
    IamInstanceProfile: { Arn: !GetAtt AppInstanceProfile.Arn }   # a role allowed secretsmanager:GetSecretValue on this secret
    UserData:
      Fn::Base64: !Sub |
        #!/bin/bash
        set -euo pipefail
        # fetch the secret at boot; only its name is written here
        DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id \${DatabaseSecret} --query SecretString --output text)`,
    terraform: `resource "aws_launch_template" "app" {
  iam_instance_profile { arn = aws_iam_instance_profile.app.arn } # a role allowed to read this secret
  user_data = base64encode(<<-EOT
    #!/bin/bash
    set -euo pipefail
    # fetch the secret at boot; only its ARN is written here
    DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id \${aws_secretsmanager_secret.db.arn} --query SecretString --output text)
  EOT
  )
}`,
  },
  equivalents: { checkov: ['CKV_AWS_46'], trivy: ['AVD-AWS-0029', 'AVD-AWS-0129'] },

  check(model, report) {
    for (const instance of model.of('aws.ec2.instance'))
      for (const secret of instance.bootSecrets)
        report(instance, secret.at, messageOf[secret.kind], { property: secret.property, launcher: phrase('instance', { name: instance.name }), name: secret.name });
    for (const template of model.of('aws.ec2.launch-template'))
      for (const secret of template.bootSecrets) report(template, secret.at, messageOf[secret.kind], { property: secret.property, launcher: launchTemplateLabel(template), name: secret.name });
  },
});
