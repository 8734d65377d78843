import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-EC2-UNATTACHED-EIP',
  title: 'Elastic IP addresses are attached to something',
  problem: 'Elastic IP address is not attached to anything',
  pillar: 'cost',
  severity: 'low',
  rationale:
    'Since February 2024 AWS charges for every public IPv4 address, in use or not, and an Elastic IP that is not associated with an instance, network interface, NAT gateway or load balancer delivers nothing for that charge. Release addresses that nothing uses, or associate them in the same stack.',
  guide: 'release-unused-resources',
  reads: ['aws.ec2.eip'],
  messages: {
    unattached: 'Elastic IP {eip} is not associated with an instance, network interface, NAT gateway or load balancer in this stack',
  },
  fix: {
    cloudformation: `AppAddress:
  Type: AWS::EC2::EIP
  Properties:
    Domain: vpc
    InstanceId: !Ref AppInstance     # or an AWS::EC2::EIPAssociation / NatGateway AllocationId`,
    terraform: `resource "aws_eip" "app" {
  domain   = "vpc"
  instance = aws_instance.app.id
}`,
  },
  equivalents: { checkov: ['CKV2_AWS_19'] },

  check(model, report) {
    for (const eip of model.of('aws.ec2.eip')) if (eip.attached === false) report(eip, eip.at, 'unattached', { eip: eip.name });
  },
});
