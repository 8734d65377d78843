import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { dataHolders, describe } from '../databases.ts';
import { pastStandardSupport } from './standard-support.ts';

export default defineRule({
  id: 'AWS-RDS-ENGINE-EOL',
  title: 'RDS databases run a major engine version in standard support',
  problem: 'RDS database runs a major engine version past the end of standard support',
  pillar: 'cost',
  severity: 'medium',
  rationale:
    'Once a major version reaches the RDS end of standard support date, RDS enrols the database in RDS Extended Support and adds a charge per vCPU per hour to every instance, standbys included, which rises after the first two years and can approach or exceed the price of the instance itself. Extended Support only patches critical and high-severity vulnerabilities, and after about three years RDS upgrades the database itself; upgrading the major version ends the charge.',
  guide: 'database-rightsizing',
  reads: ['aws.rds.instance', 'aws.rds.cluster'],
  messages: {
    pastStandardSupport: '{property} is {version} on {database}: RDS standard support for {major} ended on {date}, so the database is billed for Extended Support',
  },
  fix: {
    cloudformation: `Type: AWS::RDS::DBInstance   # or AWS::RDS::DBCluster
Properties:
  EngineVersion: "8.4"         # a major version still in standard support
  AllowMajorVersionUpgrade: true
  EngineLifecycleSupport: open-source-rds-extended-support-disabled`,
    terraform: `resource "aws_db_instance" "this" {   # or aws_rds_cluster
  engine_version              = "8.4"   # a major version still in standard support
  allow_major_version_upgrade = true
  engine_lifecycle_support    = "open-source-rds-extended-support-disabled"
}`,
  },
  equivalents: {},

  check(model, report) {
    // Aurora members run their cluster's version, and read replicas their source's: both are checked there.
    for (const database of dataHolders(model)) {
      const { engine, engineVersion } = database;
      if (engine.state !== 'known' || engineVersion.state !== 'known') continue;
      const major = pastStandardSupport(engine.value, engineVersion.value);
      if (!major) continue;
      report(database, engineVersion.at, 'pastStandardSupport', {
        property: propertyName(engineVersion, 'EngineVersion'),
        version: engineVersion.value,
        database: describe(database),
        major: major.name,
        date: major.standardSupportEnded,
      });
    }
  },
});
