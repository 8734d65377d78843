import { defineRule } from '../../../rule.ts';
import { gravitonAlternative } from '../../instance-types.ts';
import { computeHolders, describe } from '../databases.ts';

/** Engines RDS runs on Graviton classes; SQL Server, Oracle and Db2 are x86 only. */
const gravitonEngines = new Set(['mysql', 'mariadb', 'postgres', 'aurora-mysql', 'aurora-postgresql']);

export default defineRule({
  id: 'AWS-RDS-GRAVITON',
  title: 'RDS databases on open-source engines use Graviton instance classes',
  problem: 'RDS database uses an x86 instance class where a Graviton class would do',
  pillar: 'sustainability',
  severity: 'low',
  rationale:
    'Graviton (arm64) classes run MySQL, MariaDB, PostgreSQL and Aurora with better price-performance than comparable x86 classes and use less energy for the same work. The engine is managed by RDS, so switching is a class change with a restart, provided the engine version supports Graviton.',
  guide: 'graviton-compute',
  reads: ['aws.rds.instance', 'aws.rds.cluster'],
  messages: {
    x86: '{database} uses {instanceClass}; consider the Graviton class {alternative}',
  },
  fix: {
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  Engine: postgres
  DBInstanceClass: db.m7g.large    # was db.m5.large`,
    terraform: `resource "aws_db_instance" "this" {
  engine         = "postgres"
  instance_class = "db.m7g.large"
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const database of computeHolders(model)) {
      const { engine, instanceClass } = database;
      if (engine.state !== 'known' || !gravitonEngines.has(engine.value) || instanceClass.state !== 'known') continue;
      const alternative = gravitonAlternative('rds', instanceClass.value);
      if (alternative) report(database, instanceClass.at, 'x86', { database: describe(database), instanceClass: instanceClass.value, alternative });
    }
  },
});
