/** `aws_efs_file_system`: encryption at rest, and whether a destroy would take its data. */
import type { EfsFileSystem } from '../../../model/aws/storage.ts';
import type { Mapper } from '../../../read/build.ts';
import { absent, type Attr } from '../../../model/types.ts';
import { bool, text } from '../../../read/convert.ts';
import { preventDestroy } from '../common.ts';
import type { TfReader } from '../reader.ts';

/** Each `lifecycle_policy` block holds one transition; the one that sets `key`, if any. */
function transition(reader: TfReader, key: string): Attr<string> {
  for (const policy of reader.blocks(reader.get('lifecycle_policy'))) {
    const setting = reader.field(policy, key);
    if (setting.value !== undefined) return text(setting);
  }
  return absent(reader.properties.at, key);
}

const efs: Mapper<TfReader> = {
  types: ['aws_efs_file_system'],
  kinds: ['aws.efs.file-system'],

  build(reader, base) {
    const fileSystem: EfsFileSystem = {
      ...base,
      kind: 'aws.efs.file-system',
      encrypted: bool(reader.get('encrypted')),
      transitionToIa: transition(reader, 'transition_to_ia'),
      transitionToArchive: transition(reader, 'transition_to_archive'),
      retainOnDelete: preventDestroy(reader),
      deletionControl: 'guard',
    };
    return fileSystem;
  },
};
export default efs;
