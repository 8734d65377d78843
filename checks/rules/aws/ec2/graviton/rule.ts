import { valueOrUndefined } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';
import { gravitonAlternative } from '../../instance-types.ts';
import { launchSettings } from '../compute-settings.ts';

export default defineRule({
  id: 'AWS-EC2-GRAVITON',
  title: 'EC2 instances use Graviton (arm64) types where the workload allows',
  problem: 'EC2 instance uses an x86 type where a Graviton type would do',
  pillar: 'sustainability',
  severity: 'low',
  rationale:
    'AWS Graviton processors use up to 60% less energy than comparable x86 instances for the same performance, and Graviton types cost less per hour. Most interpreted runtimes, containers with multi-architecture images and managed language runtimes move over without code changes.',
  guide: 'graviton-compute',
  reads: ['aws.ec2.instance', 'aws.ec2.launch-template'],
  messages: {
    x86: '{type} on {launcher} is x86; consider the Graviton type {suggestion}',
  },
  fix: {
    cloudformation: `Type: AWS::EC2::LaunchTemplate
Properties:
  LaunchTemplateData:
    InstanceType: m7g.large              # instead of m5.large
    ImageId: !Ref Arm64AmiId             # an arm64 AMI, e.g. the AL2023 arm64 SSM parameter`,
    terraform: `resource "aws_launch_template" "app" {
  instance_type = "m7g.large"                  # instead of m5.large
  image_id      = data.aws_ami.al2023_arm64.id # an arm64 AMI
}`,
  },
  equivalents: {},

  check(model, report) {
    // Auto Scaling groups take their type from these templates, so they are not reported again.
    for (const { launcher, attr, resource } of launchSettings(model, 'instanceType', (resource) => resource.instanceType)) {
      // Windows does not run on Graviton.
      if (resource.imagePlatform === 'windows') continue;
      const type = valueOrUndefined(attr);
      const suggestion = type === undefined ? undefined : gravitonAlternative('ec2', type);
      if (type !== undefined && suggestion) report(launcher.resource, attr.at, 'x86', { type, launcher: launcher.label, suggestion });
    }
  },
});
