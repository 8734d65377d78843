/** AWS::Logs::LogGroup: how long log events are kept. */
import type { LogGroup } from '../../model/aws/data.ts';
import type { CfnMapper } from '../mapper.ts';
import { number, text } from '../read.ts';

const logs: CfnMapper = {
  types: ['AWS::Logs::LogGroup'],
  kinds: ['aws.logs.group'],

  build(reader, base) {
    if (reader.resource.type !== 'AWS::Logs::LogGroup') return undefined;
    const group: LogGroup = {
      ...base,
      kind: 'aws.logs.group',
      retentionDays: number(reader.get('RetentionInDays')),
      groupName: text(reader.get('LogGroupName')),
      kmsKey: text(reader.get('KmsKeyId')),
    };
    return group;
  },
};
export default logs;
