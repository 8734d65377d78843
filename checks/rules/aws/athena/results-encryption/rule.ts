import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

/** The encryption options Athena accepts for query results. */
const options = new Set(['SSE_S3', 'SSE_KMS', 'CSE_KMS']);

export default defineRule({
  id: 'AWS-ATHENA-RESULTS-ENCRYPTION',
  title: 'Athena workgroups set and enforce encryption of their query results',
  problem: 'Athena workgroup writes query results without an encryption option it enforces',
  pillar: 'security',
  severity: 'low',
  rationale:
    "Amazon S3 has encrypted every new object with SSE-S3 since January 2023, so query results never sit in S3 unencrypted; what the workgroup's encryption option adds is a KMS key of your choosing, whose key policy and CloudTrail entries decide and record who reads results, and encryption that no longer depends on how the results bucket is set up. Only workgroups that name their own results location without an encryption option, or that let clients override their encryption (EnforceWorkGroupConfiguration false), are reported; a workgroup with no results location leaves location and encryption to each client and passes. Low severity, because the bucket's default encryption still applies.",
  guide: 'encrypt-data-at-rest',
  reads: ['aws.athena.workgroup'],
  messages: {
    notSet: "workgroup {workgroup} sets a query results location but no {property}, so results get only the bucket's default encryption",
    notEnforced: '{property} is `false` on workgroup {workgroup}, so clients can run queries without its result encryption',
  },
  fix: {
    cloudformation: `Type: AWS::Athena::WorkGroup
Properties:
  Name: analytics
  WorkGroupConfiguration:
    EnforceWorkGroupConfiguration: true
    ResultConfiguration:
      OutputLocation: !Sub s3://\${ResultsBucket}/results/
      EncryptionConfiguration:
        EncryptionOption: SSE_KMS     # or CSE_KMS, SSE_S3
        KmsKey: !GetAtt ResultsKey.Arn`,
    terraform: `resource "aws_athena_workgroup" "analytics" {
  name = "analytics"

  configuration {
    enforce_workgroup_configuration = true

    result_configuration {
      output_location = "s3://\${aws_s3_bucket.results.bucket}/results/"
      encryption_configuration {
        encryption_option = "SSE_KMS" # or CSE_KMS, SSE_S3
        kms_key_arn       = aws_kms_key.results.arn
      }
    }
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_82', 'CKV_AWS_159'], trivy: ['AVD-AWS-0006', 'AVD-AWS-0007'] },

  check(model, report) {
    for (const workGroup of model.of('aws.athena.workgroup')) {
      const encryption = workGroup.resultEncryption;
      if (encryption.state === 'unknown') continue;
      if (encryption.state === 'known' && options.has(encryption.value)) {
        const enforce = workGroup.enforceConfiguration;
        if (enforce.state === 'known' && !enforce.value) report(workGroup, enforce.at, 'notEnforced', { workgroup: workGroup.name, property: propertyName(enforce, 'EnforceWorkGroupConfiguration') });
        continue;
      }
      if (workGroup.outputLocation.state === 'absent') continue;
      report(workGroup, encryption.at, 'notSet', { workgroup: workGroup.name, property: propertyName(encryption, 'EncryptionOption') });
    }
  },
});
