/** `aws_efs_file_system`: encryption at rest, and whether a destroy would take its data. */
import type { EfsFileSystem } from '../../../model/aws/storage.ts';
import type { Mapper } from '../../../read/build.ts';
import { bool } from '../../../read/convert.ts';
import { preventDestroy } from '../common.ts';
import type { TfReader } from '../reader.ts';

const efs: Mapper<TfReader> = {
  types: ['aws_efs_file_system'],
  kinds: ['aws.efs.file-system'],

  build(reader, base) {
    const fileSystem: EfsFileSystem = {
      ...base,
      kind: 'aws.efs.file-system',
      encrypted: bool(reader.get('encrypted')),
      retainOnDelete: preventDestroy(reader),
      deletionControl: 'guard',
    };
    return fileSystem;
  },
};
export default efs;
