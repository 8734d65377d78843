/** AWS::CloudTrail::Trail: integrity validation and regional coverage. */
import type { CloudTrail } from '../../model/aws/data.ts';
import type { CfnMapper } from '../mapper.ts';
import { bool, text } from '../read.ts';

const cloudtrail: CfnMapper = {
  types: ['AWS::CloudTrail::Trail'],
  kinds: ['aws.cloudtrail.trail'],

  build(reader, base) {
    if (reader.resource.type !== 'AWS::CloudTrail::Trail') return undefined;
    const trail: CloudTrail = {
      ...base,
      kind: 'aws.cloudtrail.trail',
      logFileValidation: bool(reader.get('EnableLogFileValidation')),
      multiRegion: bool(reader.get('IsMultiRegionTrail')),
      kmsKey: text(reader.get('KMSKeyId')),
    };
    return trail;
  },
};
export default cloudtrail;
