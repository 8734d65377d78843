import { defineRule } from '../../../rule.ts';
import { tcpPortsOpened, worldOpenIngress } from '../world-open.ts';

const adminPorts = [22, 3389] as const;
const portNames: Record<number, string> = { 22: 'SSH (22)', 3389: 'RDP (3389)' };

export default defineRule({
  id: 'AWS-EC2-SG-OPEN-ADMIN-PORTS',
  title: 'Security groups do not open SSH or RDP to the internet',
  problem: 'Security group opens SSH or RDP to the internet',
  pillar: 'security',
  severity: 'critical',
  rationale:
    'SSH and RDP open to 0.0.0.0/0 or ::/0 are found by scanners within minutes and brute-forced around the clock. Reach instances through Systems Manager Session Manager or a narrow administrative CIDR instead.',
  guide: 'restrict-network-ingress',
  reads: ['aws.ec2.security-group'],
  messages: {
    open: '{ports} open to {cidr}',
  },
  fix: {
    cloudformation: `SecurityGroupIngress:
  - IpProtocol: tcp
    FromPort: 22
    ToPort: 22
    CidrIp: 203.0.113.0/24   # your office or VPN range, never 0.0.0.0/0
# Better: no SSH rule at all; connect with SSM Session Manager.`,
    terraform: `resource "aws_vpc_security_group_ingress_rule" "ssh" {
  security_group_id = aws_security_group.this.id
  ip_protocol       = "tcp"
  from_port         = 22
  to_port           = 22
  cidr_ipv4         = "203.0.113.0/24" # never 0.0.0.0/0
}`,
  },
  equivalents: { checkov: ['CKV_AWS_24', 'CKV_AWS_25'], trivy: ['AVD-AWS-0107'], kics: ['65905cec-d691-4320-b320-2000436cb696'], cfn_nag: ['W2'] },

  check(model, report) {
    for (const { rule, cidr, cidrText } of worldOpenIngress(model)) {
      const opened = tcpPortsOpened(rule, adminPorts);
      if (opened.length > 0) report(rule.owner, cidr.at, 'open', { ports: opened.map((port) => portNames[port]!), cidr: cidrText });
    }
  },
});
