/** AWS::Glue::SecurityConfiguration (its three encryption modes) and AWS::Glue::Job (the configuration it names). */
import type { GlueJob, GlueSecurityConfiguration } from '../../model/aws/data.ts';
import { absent, unknownAttr, type Attr } from '../../model/types.ts';
import type { CfnMapper } from '../mapper.ts';
import { isUnknown, text, upperCased, type ResourceReader } from '../read.ts';

/** `S3Encryptions` is a list of settings; the mode of its first item (Glue takes one). */
function s3Mode(reader: ResourceReader): Attr<string> {
  const list = reader.get('EncryptionConfiguration', 'S3Encryptions');
  if (isUnknown(list) || (list.value !== undefined && list.value.kind !== 'seq')) return unknownAttr(list.at, 'S3EncryptionMode');
  const first = reader.items(list)[0];
  return first === undefined ? absent(list.at, 'S3EncryptionMode') : upperCased(text(reader.field(first, 'S3EncryptionMode')));
}

const glue: CfnMapper = {
  types: ['AWS::Glue::SecurityConfiguration', 'AWS::Glue::Job'],
  kinds: ['aws.glue.security-configuration', 'aws.glue.job'],

  build(reader, base) {
    if (reader.resource.type === 'AWS::Glue::Job') {
      const job: GlueJob = { ...base, kind: 'aws.glue.job', securityConfiguration: text(reader.get('SecurityConfiguration')) };
      return job;
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
