import { effective } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-EFS-ENCRYPTION',
  title: 'EFS file systems encrypt data at rest',
  problem: 'EFS file system does not encrypt data at rest',
  pillar: 'security',
  severity: 'high',
  rationale:
    'Encryption at rest protects file data and metadata with a KMS key, with no change for clients and no noticeable performance cost. It can only be chosen when the file system is created: an unencrypted file system has to be replaced and its data copied, and the API and CloudFormation default is unencrypted.',
  guide: 'encrypt-data-at-rest',
  reads: ['aws.efs.file-system'],
  messages: {
    notSet: 'EFS file system {fileSystem} does not set {property}, so it is unencrypted (the default is `false`)',
    off: '{property} is `false` on EFS file system {fileSystem}',
  },
  fix: {
    cloudformation: `Type: AWS::EFS::FileSystem
Properties:
  Encrypted: true
  KmsKeyId: !Ref FilesKey          # optional: a customer managed key instead of aws/elasticfilesystem`,
    terraform: `resource "aws_efs_file_system" "this" {
  encrypted  = true
  kms_key_id = aws_kms_key.files.arn # optional
}`,
  },
  equivalents: {
    checkov: ['CKV_AWS_42'],
    trivy: ['AVD-AWS-0037'],
    kics: ['2ff8e83c-90e1-4d68-a300-6d652112e622'],
    cfn_nag: ['F32'],
  },

  check(model, report) {
    for (const fileSystem of model.of('aws.efs.file-system')) {
      const encrypted = fileSystem.encrypted;
      if (effective(encrypted, false) !== false) continue;
      report(fileSystem, encrypted.at, encrypted.state === 'absent' ? 'notSet' : 'off', { fileSystem: fileSystem.name, property: propertyName(encrypted, 'Encrypted') });
    }
  },
});
