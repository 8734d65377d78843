/** AWS::KMS::Key: rotation and the settings that decide whether a key can rotate at all. */
import type { KmsKey } from '../../model/aws/data.ts';
import type { CfnMapper } from '../mapper.ts';
import { bool, text } from '../read.ts';

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
    };
    return key;
  },
};
export default kms;
