import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { dataHolders, describe, type Database } from '../databases.ts';

/** Engines with IAM database authentication; Oracle, SQL Server and Db2 have none. `aurora` is the old name of Aurora MySQL. */
const supportingEngines = new Set(['mysql', 'mariadb', 'postgres', 'aurora', 'aurora-mysql', 'aurora-postgresql']);
/** RDS for MariaDB offers it from 10.11 on; 10.6 and older have none. */
const oldMariaDb = /^10\.[0-6](\.|$)/;

function supported(database: Database): boolean {
  if (database.engine.state !== 'known' || !supportingEngines.has(database.engine.value)) return false;
  const version = database.engineVersion;
  return !(database.engine.value === 'mariadb' && version.state === 'known' && oldMariaDb.test(version.value));
}

export default defineRule({
  id: 'AWS-RDS-IAM-AUTH',
  title: 'RDS databases accept IAM database authentication',
  problem: 'RDS database does not accept IAM database authentication',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'With IAM database authentication, an application connects with a token that RDS signs for 15 minutes, requested with the role it already runs as, so there is no database password to store, hand out or rotate, and who may connect as which database user is an IAM policy (`rds-db:connect`) that CloudTrail records. It is off by default on MySQL, MariaDB and PostgreSQL instances and on Aurora and Multi-AZ DB clusters; turning it on keeps password logins working for the users that still need them.',
  guide: 'manage-secrets',
  reads: ['aws.rds.instance', 'aws.rds.cluster'],
  messages: {
    notSet: '{database} does not set {property}, so IAM database authentication is off (the default)',
    off: '{property} is `false` on {database}',
  },
  fix: {
    cloudformation: `Type: AWS::RDS::DBInstance   # Aurora: on the AWS::RDS::DBCluster
Properties:
  EnableIAMDatabaseAuthentication: true
# then grant rds-db:connect on the database user to the application's role`,
    terraform: `resource "aws_db_instance" "this" {   # Aurora: on aws_rds_cluster
  iam_database_authentication_enabled = true
}
# then grant rds-db:connect on the database user to the application's role`,
  },
  equivalents: { checkov: ['CKV_AWS_161', 'CKV_AWS_162'], trivy: ['AVD-AWS-0176'] },

  check(model, report) {
    // Aurora members take the setting from their cluster, and read replicas from their source: both are checked there.
    for (const database of dataHolders(model)) {
      if (!supported(database)) continue;
      const iam = database.iamAuthentication;
      if (effective(iam, false) !== false) continue;
      report(database, iam.at, iam.state === 'absent' ? 'notSet' : 'off', { database: describe(database), property: propertyName(iam, 'EnableIAMDatabaseAuthentication') });
    }
  },
});
