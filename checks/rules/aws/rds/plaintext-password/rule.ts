import { defineRule } from '../../../rule.ts';
import { describe, type Database } from '../databases.ts';

export default defineRule({
  id: 'AWS-RDS-PLAINTEXT-PASSWORD',
  title: 'RDS master passwords come from a secret store, not the template',
  problem: 'RDS master password is written in the template or a plain parameter',
  pillar: 'security',
  severity: 'high',
  rationale:
    'A master password written in a template is stored in version control, build logs and the template CloudFormation keeps; one passed through a parameter without NoEcho is shown in the console and returned by DescribeStacks. Letting RDS manage the password in Secrets Manager, or resolving it from Secrets Manager or a SecureString parameter, keeps it out of all of these and allows rotation.',
  guide: 'manage-secrets',
  reads: ['aws.rds.instance', 'aws.rds.cluster'],
  messages: {
    literal: 'the master password of {database} is written in the template',
    parameter: 'the master password of {database} comes from a plain parameter (not `NoEcho`, not a secret), which the console and API display',
  },
  fix: {
    cloudformation: `Type: AWS::RDS::DBInstance        # or AWS::RDS::DBCluster
Properties:
  MasterUsername: dbadmin
  ManageMasterUserPassword: true   # RDS creates and rotates the secret in Secrets Manager
  # or: MasterUserPassword: '{{resolve:secretsmanager:prod/orders-db:SecretString:password}}'`,
    terraform: `resource "aws_db_instance" "this" {
  username                    = "dbadmin"
  manage_master_user_password = true # aws_rds_cluster: the same argument, with master_username
}`,
  },
  equivalents: { cfn_nag: ['F23', 'F34'] },

  check(model, report) {
    const databases: Database[] = [...model.of('aws.rds.instance'), ...model.of('aws.rds.cluster')];
    for (const database of databases) {
      const source = database.masterPasswordSource;
      if (source.state !== 'known') continue;
      if (source.value === 'literal') report(database, source.at, 'literal', { database: describe(database) });
      else if (source.value === 'parameter') report(database, source.at, 'parameter', { database: describe(database) });
    }
  },
});
