import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-CFN-NOECHO-DEFAULT',
  title: 'Secret inputs have no default written in the source',
  problem: 'A secret parameter or variable has a written default that sets a password or secret',
  pillar: 'security',
  severity: 'high',
  rationale:
    'NoEcho masks a parameter in the console and in DescribeStacks, and sensitive hides a variable in plan output, but neither masks the default written in the template or configuration: it sits in clear text in the repository and in every copy of the code. Every stack or workspace deployed without overriding it gets the same password, known to anyone who can read the code. Leaving the default out forces each deployment to supply its own value; a secret managed by Secrets Manager keeps it out of the code altogether.',
  guide: 'manage-secrets',
  reads: ['aws.secret.input-defaults'],
  messages: {
    parameter: 'parameter {input} has a default written in the template, and it sets {property} of {type} {resource}: every stack deployed without a value for it gets that same secret',
    variable: 'variable {input} has a default written in the configuration, and it sets {property} of {type} {resource}: every apply without a value for it uses that same secret',
  },
  fix: {
    cloudformation: `Parameters:
  DatabasePassword:
    Type: String
    NoEcho: true
    MinLength: 16 # no Default: each deployment passes its own value
Resources:
  Database:
    Type: AWS::RDS::DBInstance
    Properties:
      MasterUserPassword: !Ref DatabasePassword
      # better: leave the parameter out and set ManageMasterUserPassword: true`,
    terraform: `variable "db_password" {
  type      = string
  sensitive = true
  # no default: set it with TF_VAR_db_password from a secret store
}
# better: manage_master_user_password = true on aws_db_instance / aws_rds_cluster`,
  },
  equivalents: { cfn_nag: ['F23', 'F34', 'F70', 'F35', 'F44', 'F36', 'F31', 'F37', 'F51'] },

  check(model, report) {
    for (const holder of model.of('aws.secret.input-defaults')) {
      for (const entry of holder.defaults) {
        report(holder, entry.at, entry.input.kind, { input: entry.input.name, property: entry.property, type: holder.sourceType, resource: holder.name });
      }
    }
  },
});
