import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { dataHolders, describe } from '../databases.ts';

export default defineRule({
  id: 'AWS-RDS-DELETION-PROTECTION',
  title: 'RDS databases turn on deletion protection',
  problem: 'RDS database has no deletion protection',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'Deletion protection makes RDS refuse to delete the database, whether the request comes from the console, a script, or a stack update that replaces or removes it, until someone deliberately turns the setting off. It costs nothing and turns an irreversible mistake into a failed API call.',
  guide: 'protect-against-deletion',
  reads: ['aws.rds.instance', 'aws.rds.cluster'],
  messages: {
    notSet: '{database} does not set {property} (off by default)',
    off: '{property} is `false` on {database}',
  },
  fix: {
    cloudformation: `Type: AWS::RDS::DBInstance        # or AWS::RDS::DBCluster
Properties:
  DeletionProtection: true`,
    terraform: `resource "aws_db_instance" "this" {   # or aws_rds_cluster
  deletion_protection = true
}`,
  },
  equivalents: { checkov: ['CKV_AWS_293', 'CKV_AWS_139'], trivy: ['AVD-AWS-0177', 'AVD-AWS-0343'] },

  check(model, report) {
    for (const database of dataHolders(model)) {
      const protection = database.deletionProtection;
      if (effective(protection, false) !== false) continue;
      report(database, protection.at, protection.state === 'absent' ? 'notSet' : 'off', { database: describe(database), property: propertyName(protection, 'DeletionProtection') });
    }
  },
});
