import { isKnown } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { computeHolders, describe } from '../databases.ts';

export default defineRule({
  id: 'AWS-RDS-PUBLIC',
  title: 'RDS databases are not publicly accessible',
  problem: 'RDS database is publicly accessible',
  pillar: 'security',
  severity: 'critical',
  rationale:
    'A publicly accessible database gets a DNS name that resolves to a public IP address, so a single permissive security group rule exposes it to the whole internet, where database ports are scanned and brute-forced continuously. Applications reach a private database from inside the VPC; people reach it through a bastion, Session Manager or a VPN.',
  guide: 'private-databases',
  reads: ['aws.rds.instance', 'aws.rds.cluster'],
  messages: {
    public: '{property} is `true` on {database}',
  },
  fix: {
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  PubliclyAccessible: false
  DBSubnetGroupName: !Ref PrivateSubnetGroup   # subnets without a route to an internet gateway`,
    terraform: `resource "aws_db_instance" "this" {
  publicly_accessible  = false
  db_subnet_group_name = aws_db_subnet_group.private.name
}`,
  },
  equivalents: {
    checkov: ['CKV_AWS_17'],
    trivy: ['AVD-AWS-0082', 'AVD-AWS-0180'],
    kics: ['de38e1d5-54cb-4111-a868-6f7722695007'],
    cfn_nag: ['F22'],
  },

  check(model, report) {
    // Left unset, the default depends on the subnet group and VPC, which a template cannot show: only an explicit true is reported.
    for (const database of computeHolders(model))
      if (isKnown(database.publiclyAccessible, true))
        report(database, database.publiclyAccessible.at, 'public', { property: propertyName(database.publiclyAccessible, 'PubliclyAccessible'), database: describe(database) });
  },
});
