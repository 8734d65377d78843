import type { GlueSecurityConfiguration } from '../../../../model/aws/data.ts';
import type { Attr } from '../../../../model/types.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

/** The three modes of a security configuration, with the rule's word for each when the source names none. */
const modes: readonly [keyof Pick<GlueSecurityConfiguration, 's3Encryption' | 'cloudWatchEncryption' | 'jobBookmarksEncryption'>, string][] = [
  ['s3Encryption', 'S3EncryptionMode'],
  ['cloudWatchEncryption', 'CloudWatchEncryptionMode'],
  ['jobBookmarksEncryption', 'JobBookmarksEncryptionMode'],
];

export default defineRule({
  id: 'AWS-GLUE-ENCRYPTION',
  title: 'Glue encrypts what its jobs write and what its Data Catalog holds',
  problem: 'Glue leaves encryption of job output, bookmarks, catalog metadata or connection passwords off',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'A Glue security configuration sets how the jobs, crawlers and development endpoints that name it encrypt their output in Amazon S3, their CloudWatch Logs and their job bookmarks, each DISABLED unless chosen; S3 default encryption (SSE-S3) and the encryption CloudWatch Logs applies itself still cover the first two, but bookmarks are KMS-encrypted, and output kept behind a KMS key policy, only through it, and a job that names no configuration gets none of this. Data Catalog encryption settings written in the source are reported where they leave the catalog metadata without KMS encryption (DISABLED) or let GetConnection return connection passwords in plain text.',
  guide: 'encrypt-data-at-rest',
  reads: ['aws.glue.security-configuration', 'aws.glue.job', 'aws.glue.catalog-encryption'],
  messages: {
    disabled: '{property} is `DISABLED` in security configuration {configuration}',
    notSet: 'security configuration {configuration} does not set {properties}, so Glue leaves them `DISABLED`',
    noConfiguration: 'Glue job {job} does not set {property}, so it runs without a security configuration',
    catalogDisabled: '{property} is `DISABLED` in Data Catalog encryption settings {settings}',
    passwordsInPlainText: '{property} is `false` in Data Catalog encryption settings {settings}, so GetConnection returns connection passwords in plain text',
  },
  fix: {
    cloudformation: `Type: AWS::Glue::SecurityConfiguration
Properties:
  Name: etl-encrypted
  EncryptionConfiguration:
    S3Encryptions:
      - S3EncryptionMode: SSE-KMS
        KmsKeyArn: !GetAtt EtlKey.Arn
    CloudWatchEncryption:
      CloudWatchEncryptionMode: SSE-KMS
      KmsKeyArn: !GetAtt EtlKey.Arn
    JobBookmarksEncryption:
      JobBookmarksEncryptionMode: CSE-KMS
      KmsKeyArn: !GetAtt EtlKey.Arn
# each AWS::Glue::Job names it: SecurityConfiguration: !Ref EtlSecurityConfiguration
# AWS::Glue::DataCatalogEncryptionSettings: CatalogEncryptionMode SSE-KMS, ReturnConnectionPasswordEncrypted true`,
    terraform: `resource "aws_glue_security_configuration" "etl" {
  name = "etl-encrypted"

  encryption_configuration {
    s3_encryption {
      s3_encryption_mode = "SSE-KMS"
      kms_key_arn        = aws_kms_key.etl.arn
    }
    cloudwatch_encryption {
      cloudwatch_encryption_mode = "SSE-KMS"
      kms_key_arn                = aws_kms_key.etl.arn
    }
    job_bookmarks_encryption {
      job_bookmarks_encryption_mode = "CSE-KMS"
      kms_key_arn                   = aws_kms_key.etl.arn
    }
  }
}

resource "aws_glue_job" "etl" {
  # ...
  security_configuration = aws_glue_security_configuration.etl.name
}

resource "aws_glue_data_catalog_encryption_settings" "catalog" {
  data_catalog_encryption_settings {
    encryption_at_rest {
      catalog_encryption_mode = "SSE-KMS"
      sse_aws_kms_key_id      = aws_kms_key.etl.arn
    }
    connection_password_encryption {
      return_connection_password_encrypted = true
      aws_kms_key_id                       = aws_kms_key.etl.arn
    }
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_99', 'CKV_AWS_195', 'CKV_AWS_94'] },

  check(model, report) {
    for (const configuration of model.of('aws.glue.security-configuration')) {
      const notSet: string[] = [];
      for (const [field, wording] of modes) {
        const mode: Attr<string> = configuration[field];
        if (mode.state === 'absent') notSet.push(propertyName(mode, wording));
        else if (mode.state === 'known' && mode.value === 'DISABLED') report(configuration, mode.at, 'disabled', { configuration: configuration.name, property: propertyName(mode, wording) });
      }
      if (notSet.length > 0) report(configuration, configuration.at, 'notSet', { configuration: configuration.name, properties: notSet });
    }
    for (const job of model.of('aws.glue.job')) {
      if (job.securityConfiguration.state !== 'absent') continue;
      report(job, job.at, 'noConfiguration', { job: job.name, property: propertyName(job.securityConfiguration, 'SecurityConfiguration') });
    }
    for (const settings of model.of('aws.glue.catalog-encryption')) {
      const catalog = settings.catalogEncryption;
      if (catalog.state === 'known' && catalog.value === 'DISABLED')
        report(settings, catalog.at, 'catalogDisabled', { settings: settings.name, property: propertyName(catalog, 'CatalogEncryptionMode') });
      const passwords = settings.connectionPasswordEncrypted;
      if (passwords.state === 'known' && !passwords.value)
        report(settings, passwords.at, 'passwordsInPlainText', { settings: settings.name, property: propertyName(passwords, 'ReturnConnectionPasswordEncrypted') });
    }
  },
});
