/** AWS::KinesisFirehose::DeliveryStream: server-side encryption, and whether a Kinesis data stream feeds it. */
import type { FirehoseDeliveryStream } from '../../model/aws/data.ts';
import { absent, known, unknownAttr } from '../../model/types.ts';
import type { CfnMapper } from '../mapper.ts';
import { text } from '../read.ts';

const firehose: CfnMapper = {
  types: ['AWS::KinesisFirehose::DeliveryStream'],
  kinds: ['aws.firehose.delivery-stream'],

  build(reader, base) {
    const encryption = reader.get('DeliveryStreamEncryptionConfigurationInput');
    const type = text(reader.get('DeliveryStreamType'));
    const stream: FirehoseDeliveryStream = {
      ...base,
      kind: 'aws.firehose.delivery-stream',
      encryption:
        encryption.value === undefined
          ? absent(reader.place, 'DeliveryStreamEncryptionConfigurationInput')
          : encryption.value.kind === 'unknown'
            ? unknownAttr(encryption.at, encryption.property)
            : known(true, encryption.at, encryption.property),
      kinesisSource: reader.get('KinesisStreamSourceConfiguration').value !== undefined || (type.state === 'known' && type.value === 'KinesisStreamAsSource') || type.state === 'unknown',
    };
    return stream;
  },
};
export default firehose;
