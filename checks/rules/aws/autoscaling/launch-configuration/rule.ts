import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-ASG-LAUNCH-CONFIGURATION',
  title: 'Auto Scaling groups launch from launch templates',
  problem: 'Auto Scaling launch configuration is used instead of a launch template',
  pillar: 'operations',
  severity: 'medium',
  rationale:
    'Launch configurations are frozen: no EC2 instance type released since January 2023 can be used in one, and they lack launch-template features such as versioning, mixed instance types and Spot with On-Demand, and newer metadata and network options. Accounts created on or after 1 October 2024 cannot create launch configurations at all, so a template that declares one fails to deploy there.',
  guide: 'current-generation-instances',
  reads: ['aws.ec2.launch-template'],
  messages: {
    legacy: 'launch configuration {configuration} is a legacy resource type; move its settings to a launch template',
  },
  fix: {
    cloudformation: `WebTemplate:
  Type: AWS::EC2::LaunchTemplate
  Properties:
    LaunchTemplateData:
      ImageId: !Ref ImageId
      InstanceType: m7g.large
WebGroup:
  Type: AWS::AutoScaling::AutoScalingGroup
  Properties:
    LaunchTemplate:               # instead of LaunchConfigurationName
      LaunchTemplateId: !Ref WebTemplate
      Version: !GetAtt WebTemplate.LatestVersionNumber`,
    terraform: `resource "aws_launch_template" "web" {
  image_id      = var.image_id
  instance_type = "m7g.large"
}

resource "aws_autoscaling_group" "web" {
  launch_template {
    id      = aws_launch_template.web.id
    version = aws_launch_template.web.latest_version
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_315'] },

  check(model, report) {
    for (const template of model.of('aws.ec2.launch-template')) if (template.legacyConfiguration) report(template, template.at, 'legacy', { configuration: template.name });
  },
});
