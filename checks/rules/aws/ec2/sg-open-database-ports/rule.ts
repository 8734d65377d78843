import { databasePortLabel, databasePortNumbers } from '../../../database-ports.ts';
import { defineRule } from '../../../rule.ts';
import { tcpPortsOpened, worldOpenIngress } from '../world-open.ts';

export default defineRule({
  id: 'AWS-EC2-SG-OPEN-DATABASE-PORTS',
  title: 'Security groups do not open database ports to the internet',
  problem: 'Security group opens database ports to the internet',
  pillar: 'security',
  severity: 'high',
  rationale:
    'Databases and caches reachable from 0.0.0.0/0 or ::/0 are probed constantly for weak passwords, unauthenticated defaults (Redis, Memcached, Elasticsearch, MongoDB) and known vulnerabilities. Data stores belong in private subnets, reachable only from the application tier by security group reference.',
  guide: 'restrict-network-ingress',
  reads: ['aws.ec2.security-group'],
  messages: {
    open: '{ports} open to {cidr}',
  },
  fix: {
    cloudformation: `SecurityGroupIngress:
  - IpProtocol: tcp
    FromPort: 5432
    ToPort: 5432
    SourceSecurityGroupId: !Ref AppSecurityGroup   # the application tier, not 0.0.0.0/0`,
    terraform: `resource "aws_vpc_security_group_ingress_rule" "postgres" {
  security_group_id            = aws_security_group.db.id
  ip_protocol                  = "tcp"
  from_port                    = 5432
  to_port                      = 5432
  referenced_security_group_id = aws_security_group.app.id
}`,
  },
  equivalents: { trivy: ['AVD-AWS-0107'], kics: ['494b03d3-bf40-4464-8524-7c56ad0700ed'], cfn_nag: ['W2'] },

  check(model, report) {
    for (const { rule, cidr, cidrText } of worldOpenIngress(model)) {
      const opened = tcpPortsOpened(rule, databasePortNumbers);
      if (opened.length > 0) report(rule.owner, cidr.at, 'open', { ports: opened.map(databasePortLabel), cidr: cidrText });
    }
  },
});
