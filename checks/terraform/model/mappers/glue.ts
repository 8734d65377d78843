/**
 * `aws_glue_security_configuration` (its three encryption modes), `aws_glue_job` (the configuration it names) and
 * `aws_glue_data_catalog_encryption_settings` (catalog and connection password encryption).
 */
import type { GlueCatalogEncryption, GlueJob, GlueSecurityConfiguration } from '../../../model/aws/data.ts';
import type { Mapper } from '../../../read/build.ts';
import { bool, text, upperCased } from '../../../read/convert.ts';
import type { TfReader } from '../reader.ts';

const glue: Mapper<TfReader> = {
  types: ['aws_glue_security_configuration', 'aws_glue_job', 'aws_glue_data_catalog_encryption_settings'],
  kinds: ['aws.glue.security-configuration', 'aws.glue.job', 'aws.glue.catalog-encryption'],

  build(reader, base) {
    if (reader.resource.type === 'aws_glue_job') {
      const job: GlueJob = { ...base, kind: 'aws.glue.job', securityConfiguration: text(reader.get('security_configuration')) };
      return job;
    }
    if (reader.resource.type === 'aws_glue_data_catalog_encryption_settings') {
      const settings = reader.get('data_catalog_encryption_settings');
      const catalog: GlueCatalogEncryption = {
        ...base,
        kind: 'aws.glue.catalog-encryption',
        catalogEncryption: upperCased(text(reader.field(reader.field(settings, 'encryption_at_rest'), 'catalog_encryption_mode'))),
        connectionPasswordEncrypted: bool(reader.field(reader.field(settings, 'connection_password_encryption'), 'return_connection_password_encrypted')),
      };
      return catalog;
    }
    // Each mode defaults to DISABLED when left out.
    const mode = (block: string, key: string) => upperCased(text(reader.get('encryption_configuration', block, key)));
    const configuration: GlueSecurityConfiguration = {
      ...base,
      kind: 'aws.glue.security-configuration',
      s3Encryption: mode('s3_encryption', 's3_encryption_mode'),
      cloudWatchEncryption: mode('cloudwatch_encryption', 'cloudwatch_encryption_mode'),
      jobBookmarksEncryption: mode('job_bookmarks_encryption', 'job_bookmarks_encryption_mode'),
    };
    return configuration;
  },
};
export default glue;
