import { effective, valueOrUndefined } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { instanceFamily, isPreviousGeneration } from '../../instance-types.ts';
import { defaultInstanceType, launchSettings } from '../compute-settings.ts';

export default defineRule({
  id: 'AWS-EC2-PREVIOUS-GEN',
  title: 'EC2 instances use current-generation instance types',
  problem: 'EC2 instance uses a previous-generation instance type',
  pillar: 'performance',
  severity: 'medium',
  rationale:
    'Previous-generation families (m1, m2, m3, c1, c3, r3, i2, t1 and others on the AWS previous-generation list) run on older Xen-based hardware, deliver less performance per dollar than their Nitro successors, and are no longer offered in newer Regions. Moving to the current family of the same class is usually a one-line change with better price performance.',
  guide: 'current-generation-instances',
  reads: ['aws.ec2.instance', 'aws.ec2.launch-template'],
  messages: {
    defaultType: '{launcher} does not set {property}, so EC2 launches the default {type}, a previous-generation type',
    previous: '{type} on {launcher} is a previous-generation type ({family} family); use a current family',
  },
  fix: {
    cloudformation: `Type: AWS::EC2::Instance
Properties:
  InstanceType: m7i.large     # instead of m3.large`,
    terraform: `resource "aws_instance" "app" {
  instance_type = "m7i.large" # instead of m3.large
}`,
  },
  equivalents: { cfn_lint: ['I3100'] },

  check(model, report) {
    for (const { launcher, attr } of launchSettings(model, 'instanceType', (resource) => resource.instanceType)) {
      // A launch template may leave the type to whoever launches from it; an instance gets the EC2 default.
      const type = launcher.instance ? effective(attr, defaultInstanceType) : valueOrUndefined(attr);
      // A previous-generation type always has a family; the check on it is for the compiler.
      const family = type === undefined ? undefined : instanceFamily('ec2', type);
      if (type === undefined || family === undefined || !isPreviousGeneration('ec2', type)) continue;
      if (attr.state === 'absent') report(launcher.resource, attr.at, 'defaultType', { launcher: launcher.label, property: propertyName(attr, 'InstanceType'), type });
      else report(launcher.resource, attr.at, 'previous', { type, launcher: launcher.label, family });
    }
  },
});
