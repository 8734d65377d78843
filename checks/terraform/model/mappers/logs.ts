/** `aws_cloudwatch_log_group`: how long log events are kept. */
import type { LogGroup } from '../../../model/aws/data.ts';
import { absent } from '../../../model/types.ts';
import type { Mapper } from '../../../read/build.ts';
import { number, text } from '../../../read/convert.ts';
import type { TfReader } from '../reader.ts';

const logs: Mapper<TfReader> = {
  types: ['aws_cloudwatch_log_group'],
  kinds: ['aws.logs.group'],

  build(reader, base) {
    const retention = number(reader.get('retention_in_days'));
    // The provider spells "never expire" as 0, CloudFormation by leaving the setting out: the model says absent.
    const retentionDays = retention.state === 'known' && retention.value === 0 ? absent<number>(retention.at, retention.property) : retention;
    const group: LogGroup = { ...base, kind: 'aws.logs.group', retentionDays, groupName: text(reader.get('name')), kmsKey: text(reader.get('kms_key_id')) };
    return group;
  },
};
export default logs;
