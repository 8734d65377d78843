/** AWS::KMS::Key: rotation, the settings that decide whether a key can rotate at all, and its key policy. */
import type { KmsKey } from '../../model/aws/data.ts';
import type { CfnMapper } from '../mapper.ts';
import { bool, text } from '../read.ts';
import { readTemplatePolicy } from './support/policy-text.ts';

const kms: CfnMapper = {
  types: ['AWS::KMS::Key'],
  kinds: ['aws.kms.key'],

  build(reader, base) {
    if (reader.resource.type !== 'AWS::KMS::Key') return undefined;
    const key: KmsKey = {
      ...base,
      kind: 'aws.kms.key',
      rotation: bool(reader.get('EnableKeyRotation')),
      keySpec: text(reader.get('KeySpec')),
      keyMaterialOrigin: text(reader.get('Origin')),
      keyPolicy: readTemplatePolicy(reader, reader.get('KeyPolicy')),
    };
    return key;
  },
};
export default kms;
