import { defineRule } from '../../../rule.ts';
import { isPreviousGeneration } from '../../instance-types.ts';
import { computeHolders, describe } from '../databases.ts';

export default defineRule({
  id: 'AWS-RDS-PREVIOUS-GEN',
  title: 'RDS databases run on current-generation instance classes',
  problem: 'RDS database runs on a previous-generation instance class',
  pillar: 'performance',
  severity: 'medium',
  rationale:
    'Previous-generation classes such as db.t2, db.m4 and db.r4 run on older hardware: newer classes give more performance per vCPU and more network and storage bandwidth, usually for the same price or less. Newer engine versions are often not offered on older classes, and RDS eventually retires them, upgrading the instance on its own schedule.',
  guide: 'current-generation-instances',
  reads: ['aws.rds.instance', 'aws.rds.cluster'],
  messages: {
    previous: '{database} uses {instanceClass}, a previous-generation instance class',
  },
  fix: {
    cloudformation: `Type: AWS::RDS::DBInstance
Properties:
  DBInstanceClass: db.m7g.large    # was db.m4.large; db.m6i/db.m7i if you need x86`,
    terraform: `resource "aws_db_instance" "this" {
  instance_class = "db.m7g.large"
}`,
  },
  equivalents: { cfn_lint: ['I3100'] },

  check(model, report) {
    for (const database of computeHolders(model)) {
      const instanceClass = database.instanceClass;
      if (instanceClass.state === 'known' && isPreviousGeneration('rds', instanceClass.value))
        report(database, instanceClass.at, 'previous', { database: describe(database), instanceClass: instanceClass.value });
    }
  },
});
