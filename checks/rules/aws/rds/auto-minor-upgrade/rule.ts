import { isKnown } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { computeHolders, describe } from '../databases.ts';

export default defineRule({
  id: 'AWS-RDS-AUTO-MINOR-UPGRADE',
  title: 'RDS databases keep automatic minor version upgrades on',
  problem: 'RDS database has automatic minor version upgrades turned off',
  pillar: 'operations',
  severity: 'low',
  rationale:
    'Minor engine versions carry security and bug fixes; with automatic minor version upgrades on, RDS applies them in the maintenance window you choose. Turned off, patches wait for someone to remember them, and an engine version that reaches end of support is eventually upgraded by AWS on its own schedule instead.',
  guide: 'automated-patching',
  reads: ['aws.rds.instance', 'aws.rds.cluster'],
  messages: {
    off: '{property} is `false` on {database}',
  },
  fix: {
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  AutoMinorVersionUpgrade: true    # the default; remove the false
  PreferredMaintenanceWindow: sun:04:00-sun:05:00`,
    terraform: `resource "aws_db_instance" "this" {
  auto_minor_version_upgrade = true
  maintenance_window         = "sun:04:00-sun:05:00"
}`,
  },
  equivalents: { checkov: ['CKV_AWS_226'], kics: ['f0104061-8bfc-4b45-8a7d-630eb502f281'] },

  check(model, report) {
    // On by default: only an explicit false is reported.
    for (const database of computeHolders(model))
      if (isKnown(database.autoMinorVersionUpgrade, false))
        report(database, database.autoMinorVersionUpgrade.at, 'off', { property: propertyName(database.autoMinorVersionUpgrade, 'AutoMinorVersionUpgrade'), database: describe(database) });
  },
});
