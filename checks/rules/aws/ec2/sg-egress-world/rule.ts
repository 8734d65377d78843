import { isWholeInternet } from '../../../cidr.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-EC2-SG-EGRESS-WORLD',
  title: 'Security groups do not allow all outbound traffic to the internet',
  problem: 'Security group allows all outbound traffic to the internet',
  pillar: 'security',
  severity: 'low',
  rationale:
    'An egress rule for every protocol to 0.0.0.0/0 or ::/0 lets a compromised instance reach any host on any port, which is what data exfiltration and command-and-control traffic need; listing the destinations and ports the workload calls limits that. Only rules the template writes are reported: CloudFormation adds the same allow-all rule to a group that declares no egress, but reporting that implicit default would flag nearly every group, so the finding is kept for a rule someone chose to write and can narrow.',
  guide: 'restrict-network-ingress',
  reads: ['aws.ec2.security-group'],
  messages: {
    allTraffic: 'egress of all traffic (every protocol and port) to {cidr}',
  },
  fix: {
    cloudformation: `SecurityGroupEgress:
  - IpProtocol: tcp        # not -1
    FromPort: 443          # only what the workload calls
    ToPort: 443
    CidrIp: 0.0.0.0/0
  - IpProtocol: tcp
    FromPort: 5432
    ToPort: 5432
    DestinationSecurityGroupId: !Ref DatabaseSecurityGroup`,
    terraform: `resource "aws_vpc_security_group_egress_rule" "database" {
  security_group_id            = aws_security_group.this.id
  description                  = "PostgreSQL to the database tier"
  ip_protocol                  = "tcp" # not "-1"
  from_port                    = 5432  # only what the workload calls
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.database.id
}`,
  },
  equivalents: { checkov: ['CKV_AWS_382'], trivy: ['AVD-AWS-0104'] },

  check(model, report) {
    for (const group of model.of('aws.ec2.security-group'))
      for (const rule of group.rules) {
        if (rule.direction !== 'egress' || rule.protocol.state !== 'known' || rule.protocol.value !== '-1') continue;
        for (const cidr of [rule.cidrIpv4, rule.cidrIpv6]) if (cidr.state === 'known' && isWholeInternet(cidr.value)) report(rule.owner, cidr.at, 'allTraffic', { cidr: cidr.value });
      }
  },
});
