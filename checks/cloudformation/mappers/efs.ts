/** AWS::EFS::FileSystem. */
import type { EfsFileSystem } from '../../model/aws/storage.ts';
import { retainOnDelete } from '../common.ts';
import type { CfnMapper } from '../mapper.ts';
import { bool } from '../read.ts';

const efs: CfnMapper = {
  types: ['AWS::EFS::FileSystem'],
  kinds: ['aws.efs.file-system'],

  build(reader, base) {
    const fileSystem: EfsFileSystem = {
      ...base,
      kind: 'aws.efs.file-system',
      encrypted: bool(reader.get('Encrypted')),
      retainOnDelete: retainOnDelete(reader),
      deletionControl: 'policy',
    };
    return fileSystem;
  },
};
export default efs;
