/** `aws_cloudtrail`: integrity validation and regional coverage (both off unless set, as in CloudFormation). */
import type { CloudTrail } from '../../../model/aws/data.ts';
import type { Mapper } from '../../../read/build.ts';
import { bool, text } from '../../../read/convert.ts';
import type { TfReader } from '../reader.ts';

const cloudtrail: Mapper<TfReader> = {
  types: ['aws_cloudtrail'],
  kinds: ['aws.cloudtrail.trail'],

  build(reader, base) {
    const trail: CloudTrail = {
      ...base,
      kind: 'aws.cloudtrail.trail',
      logFileValidation: bool(reader.get('enable_log_file_validation')),
      multiRegion: bool(reader.get('is_multi_region_trail')),
      kmsKey: text(reader.get('kms_key_id')),
    };
    return trail;
  },
};
export default cloudtrail;
