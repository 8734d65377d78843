import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { launchSettings } from '../compute-settings.ts';

const isDedicated = (value: string) => value.toLowerCase() === 'dedicated';

export default defineRule({
  id: 'AWS-EC2-DEDICATED-TENANCY',
  title: 'Instances use shared tenancy unless a licence or rule requires otherwise',
  problem: 'EC2 instance, launch template or VPC asks for dedicated tenancy',
  pillar: 'cost',
  severity: 'low',
  rationale:
    'Dedicated Instances run on hardware reserved for one account: each costs more per hour than the same type on shared tenancy, and any Region with at least one running adds a fixed hourly dedicated fee. A VPC with dedicated instance tenancy makes every instance launched into it dedicated. Keep it where a software licence or a compliance rule demands single-tenant hardware, and say so in a suppression.',
  guide: 'compute-rightsizing',
  reads: ['aws.ec2.instance', 'aws.ec2.launch-template', 'aws.ec2.vpc'],
  messages: {
    launcher: '{property} is `dedicated` on {launcher}, which adds the dedicated per-hour rates and Regional fee',
    vpc: '{property} is `dedicated` on VPC {vpc}, so every instance launched into it is a Dedicated Instance',
  },
  fix: {
    cloudformation: `Type: AWS::EC2::VPC
Properties:
  CidrBlock: 10.0.0.0/16
  InstanceTenancy: default      # dedicated only where a licence or rule requires it`,
    terraform: `resource "aws_vpc" "main" {
  cidr_block       = "10.0.0.0/16"
  instance_tenancy = "default"
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const { launcher, attr } of launchSettings(model, 'tenancy', (resource) => resource.tenancy))
      if (attr.state === 'known' && isDedicated(attr.value)) report(launcher.resource, attr.at, 'launcher', { launcher: launcher.label, property: propertyName(attr, 'Tenancy') });
    for (const vpc of model.of('aws.ec2.vpc')) {
      const tenancy = vpc.instanceTenancy;
      if (tenancy.state === 'known' && isDedicated(tenancy.value)) report(vpc, tenancy.at, 'vpc', { vpc: vpc.name, property: propertyName(tenancy, 'InstanceTenancy') });
    }
  },
});
