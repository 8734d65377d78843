/** AWS::EFS::FileSystem. */
import type { EfsFileSystem } from '../../model/aws/storage.ts';
import { absent, unknownAttr, type Attr } from '../../model/types.ts';
import { retainOnDelete } from '../common.ts';
import type { CfnMapper } from '../mapper.ts';
import { bool, text, type ResourceReader } from '../read.ts';

/** `LifecyclePolicies` is a list of one-key objects; the transition is the item that names `key`. */
function transition(reader: ResourceReader, key: string): Attr<string> {
  const policies = reader.get('LifecyclePolicies');
  if (policies.value !== undefined && policies.value.kind !== 'seq') return unknownAttr(policies.at, key);
  for (const policy of reader.items(policies)) {
    const setting = reader.field(policy, key);
    if (setting.value !== undefined) return text(setting);
    if (policy.value?.kind !== 'map') return unknownAttr(policy.at, key);
  }
  return absent(policies.value === undefined ? reader.properties.at : policies.at, key);
}

const efs: CfnMapper = {
  types: ['AWS::EFS::FileSystem'],
  kinds: ['aws.efs.file-system'],

  build(reader, base) {
    const fileSystem: EfsFileSystem = {
      ...base,
      kind: 'aws.efs.file-system',
      encrypted: bool(reader.get('Encrypted')),
      transitionToIa: transition(reader, 'TransitionToIA'),
      transitionToArchive: transition(reader, 'TransitionToArchive'),
      retainOnDelete: retainOnDelete(reader),
      deletionControl: 'policy',
    };
    return fileSystem;
  },
};
export default efs;
