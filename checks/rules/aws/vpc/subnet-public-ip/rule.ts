import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-VPC-SUBNET-PUBLIC-IP',
  title: 'Subnets do not give every instance a public IP address',
  problem: 'Subnet gives every instance launched into it a public IP address',
  pillar: 'security',
  severity: 'low',
  rationale:
    'With MapPublicIpOnLaunch on, every network interface created in the subnet gets a public IPv4 address unless its launch asks otherwise, so an instance meant to be private becomes reachable from the internet through nothing but its security groups. Load balancers and NAT gateways do not need the setting; instances that truly need an address can ask for one, and AWS bills each public IPv4 address by the hour.',
  guide: 'restrict-network-ingress',
  reads: ['aws.ec2.subnet'],
  messages: {
    mapped: '{property} is `true` on subnet {subnet}',
  },
  fix: {
    cloudformation: `Type: AWS::EC2::Subnet
Properties:
  VpcId: !Ref Vpc
  CidrBlock: 10.0.0.0/24
  MapPublicIpOnLaunch: false   # instances that need an address ask for one`,
    terraform: `resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.0.0/24"
  map_public_ip_on_launch = false # instances that need an address ask for one
}`,
  },
  equivalents: { checkov: ['CKV_AWS_130'], trivy: ['AVD-AWS-0164'], cfn_nag: ['W33'] },

  check(model, report) {
    for (const subnet of model.of('aws.ec2.subnet')) {
      const mapped = subnet.mapPublicIpOnLaunch;
      if (mapped.state === 'known' && mapped.value) report(subnet, mapped.at, 'mapped', { subnet: subnet.name, property: propertyName(mapped, 'MapPublicIpOnLaunch') });
    }
  },
});
