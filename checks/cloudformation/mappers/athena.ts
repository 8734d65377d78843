/** AWS::Athena::WorkGroup: where query results go, their encryption, and whether the workgroup's settings win. */
import type { AthenaWorkGroup } from '../../model/aws/data.ts';
import type { CfnMapper } from '../mapper.ts';
import { bool, text, upperCased } from '../read.ts';

const athena: CfnMapper = {
  types: ['AWS::Athena::WorkGroup'],
  kinds: ['aws.athena.workgroup'],

  build(reader, base) {
    const results = reader.get('WorkGroupConfiguration', 'ResultConfiguration');
    const workGroup: AthenaWorkGroup = {
      ...base,
      kind: 'aws.athena.workgroup',
      outputLocation: text(reader.field(results, 'OutputLocation')),
      resultEncryption: upperCased(text(reader.field(reader.field(results, 'EncryptionConfiguration'), 'EncryptionOption'))),
      enforceConfiguration: bool(reader.get('WorkGroupConfiguration', 'EnforceWorkGroupConfiguration')),
    };
    return workGroup;
  },
};
export default athena;
