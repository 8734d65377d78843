/**
 * AWS::Glue::SecurityConfiguration (its three encryption modes), AWS::Glue::Job (the configuration it names) and
 * AWS::Glue::DataCatalogEncryptionSettings (catalog and connection password encryption).
 */
import type { GlueCatalogEncryption, GlueJob, GlueSecurityConfiguration } from '../../model/aws/data.ts';
import { absent, unknownAttr, type Attr } from '../../model/types.ts';
import type { CfnMapper } from '../mapper.ts';
import { bool, isUnknown, text, upperCased, type ResourceReader } from '../read.ts';

/** `S3Encryptions` is a list of settings; the mode of its first item (Glue takes one). */
function s3Mode(reader: ResourceReader): Attr<string> {
  const list = reader.get('EncryptionConfiguration', 'S3Encryptions');
  if (isUnknown(list) || (list.value !== undefined && list.value.kind !== 'seq')) return unknownAttr(list.at, 'S3EncryptionMode');
  const first = reader.items(list)[0];
  return first === undefined ? absent(list.at, 'S3EncryptionMode') : upperCased(text(reader.field(first, 'S3EncryptionMode')));
}

const glue: CfnMapper = {
  types: ['AWS::Glue::SecurityConfiguration', 'AWS::Glue::Job', 'AWS::Glue::DataCatalogEncryptionSettings'],
  kinds: ['aws.glue.security-configuration', 'aws.glue.job', 'aws.glue.catalog-encryption'],

  build(reader, base) {
    if (reader.resource.type === 'AWS::Glue::Job') {
      const job: GlueJob = { ...base, kind: 'aws.glue.job', securityConfiguration: text(reader.get('SecurityConfiguration')) };
      return job;
    }
    if (reader.resource.type === 'AWS::Glue::DataCatalogEncryptionSettings') {
      const settings = reader.get('DataCatalogEncryptionSettings');
      const catalog: GlueCatalogEncryption = {
        ...base,
        kind: 'aws.glue.catalog-encryption',
        catalogEncryption: upperCased(text(reader.field(reader.field(settings, 'EncryptionAtRest'), 'CatalogEncryptionMode'))),
        connectionPasswordEncrypted: bool(reader.field(reader.field(settings, 'ConnectionPasswordEncryption'), 'ReturnConnectionPasswordEncrypted')),
      };
      return catalog;
    }
    const configuration: GlueSecurityConfiguration = {
      ...base,
      kind: 'aws.glue.security-configuration',
      s3Encryption: s3Mode(reader),
      cloudWatchEncryption: upperCased(text(reader.get('EncryptionConfiguration', 'CloudWatchEncryption', 'CloudWatchEncryptionMode'))),
      jobBookmarksEncryption: upperCased(text(reader.get('EncryptionConfiguration', 'JobBookmarksEncryption', 'JobBookmarksEncryptionMode'))),
    };
    return configuration;
  },
};
export default glue;
