import { defineRule } from '../../../rule.ts';
import { allPorts, worldOpenIngress } from '../world-open.ts';

/** ICMP "ports" are message types and codes: -1 there means every ICMP message, not every port. */
const portless = new Set(['icmp', 'icmpv6']);

export default defineRule({
  id: 'AWS-EC2-SG-OPEN-ALL-PORTS',
  title: 'Security groups do not open all ports to the internet',
  problem: 'Security group opens all ports to the internet',
  pillar: 'security',
  severity: 'high',
  rationale:
    'An ingress rule for every port (or every protocol) from 0.0.0.0/0 or ::/0 exposes whatever service happens to listen on the instance, including ones that were never meant to be public. Internet-wide scanners find such hosts within minutes; open only the ports the workload serves.',
  guide: 'restrict-network-ingress',
  reads: ['aws.ec2.security-group'],
  messages: {
    allTraffic: 'all traffic (every protocol and port) open to {cidr}',
    everyPort: 'every {protocol} port (0-65535) open to {cidr}',
  },
  fix: {
    cloudformation: `SecurityGroupIngress:
  - IpProtocol: tcp        # not -1
    FromPort: 443          # only the port the service listens on
    ToPort: 443
    CidrIp: 0.0.0.0/0`,
    terraform: `resource "aws_vpc_security_group_ingress_rule" "https" {
  security_group_id = aws_security_group.this.id
  ip_protocol       = "tcp" # not "-1"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}`,
  },
  equivalents: { checkov: ['CKV_AWS_277'], trivy: ['AVD-AWS-0107'], kics: ['adcd0082-e90b-4b63-862b-21899f6e6a48'], cfn_nag: ['W2'] },

  check(model, report) {
    for (const { rule, cidr, cidrText } of worldOpenIngress(model)) {
      if (rule.protocol.state === 'known' && portless.has(rule.protocol.value)) continue;
      if (allPorts(rule) !== true) continue;
      const protocol = rule.protocol.state === 'known' ? rule.protocol.value : '';
      if (protocol === '-1') report(rule.owner, cidr.at, 'allTraffic', { cidr: cidrText });
      else report(rule.owner, cidr.at, 'everyPort', { protocol: protocol.toUpperCase(), cidr: cidrText });
    }
  },
});
