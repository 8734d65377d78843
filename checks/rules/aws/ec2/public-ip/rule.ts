import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { phrase } from '../../phrases.ts';

export default defineRule({
  id: 'AWS-EC2-PUBLIC-IP',
  title: 'EC2 instances do not ask for a public IP address',
  problem: 'EC2 instance or launch template asks for a public IP address',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'An instance with a public IPv4 address is reachable from the internet on every port its security groups open, so a single rule widened by mistake exposes it directly, and its outbound traffic bypasses any NAT or egress inspection. Instances are usually better placed in private subnets behind a load balancer, with Session Manager instead of SSH for administration; AWS also bills every public IPv4 address by the hour.',
  guide: 'restrict-network-ingress',
  reads: ['aws.ec2.instance', 'aws.ec2.launch-template'],
  messages: {
    requested: '{property} is `true` on {resource}',
  },
  fix: {
    cloudformation: `NetworkInterfaces:
  - DeviceIndex: "0"
    SubnetId: !Ref PrivateSubnet
    AssociatePublicIpAddress: false   # reach it through a load balancer or Session Manager
    GroupSet: [!Ref AppSecurityGroup]`,
    terraform: `resource "aws_instance" "app" {
  subnet_id                   = aws_subnet.private.id
  associate_public_ip_address = false # reach it through a load balancer or Session Manager
}`,
  },
  equivalents: { checkov: ['CKV_AWS_88'], trivy: ['AVD-AWS-0009'] },

  check(model, report) {
    const resources = [
      ...model.of('aws.ec2.instance').map((instance) => ({ resource: instance, described: phrase('instance', { name: instance.name }) })),
      ...model.of('aws.ec2.launch-template').map((template) => ({
        resource: template,
        described: phrase(template.legacyConfiguration ? 'launchConfiguration' : 'launchTemplate', { name: template.name }),
      })),
    ];
    for (const { resource, described } of resources)
      for (const attr of resource.associatePublicIp)
        if (attr.state === 'known' && attr.value) report(resource, attr.at, 'requested', { resource: described, property: propertyName(attr, 'AssociatePublicIpAddress') });
  },
});
