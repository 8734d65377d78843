/** `aws_athena_workgroup`: where query results go, their encryption, and whether the workgroup's settings win. */
import type { AthenaWorkGroup } from '../../../model/aws/data.ts';
import type { Mapper } from '../../../read/build.ts';
import { bool, text, upperCased } from '../../../read/convert.ts';
import type { TfReader } from '../reader.ts';

const athena: Mapper<TfReader> = {
  types: ['aws_athena_workgroup'],
  kinds: ['aws.athena.workgroup'],

  build(reader, base) {
    const results = reader.get('configuration', 'result_configuration');
    const workGroup: AthenaWorkGroup = {
      ...base,
      kind: 'aws.athena.workgroup',
      outputLocation: text(reader.field(results, 'output_location')),
      resultEncryption: upperCased(text(reader.field(reader.field(results, 'encryption_configuration'), 'encryption_option'))),
      // The provider sends `true` when the argument is left out.
      enforceConfiguration: bool(reader.get('configuration', 'enforce_workgroup_configuration')),
    };
    return workGroup;
  },
};
export default athena;
