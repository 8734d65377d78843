/** `aws_kinesis_firehose_delivery_stream`: server-side encryption, and whether a Kinesis data stream feeds it. */
import type { FirehoseDeliveryStream } from '../../../model/aws/data.ts';
import { inBlock } from '../../../model/types.ts';
import type { Mapper } from '../../../read/build.ts';
import { bool } from '../../../read/convert.ts';
import type { TfReader } from '../reader.ts';

const firehose: Mapper<TfReader> = {
  types: ['aws_kinesis_firehose_delivery_stream'],
  kinds: ['aws.firehose.delivery-stream'],

  build(reader, base) {
    const stream: FirehoseDeliveryStream = {
      ...base,
      kind: 'aws.firehose.delivery-stream',
      // `enabled` defaults to false, the block included.
      encryption: inBlock(bool(reader.get('server_side_encryption', 'enabled')), 'server_side_encryption'),
      kinesisSource: reader.get('kinesis_source_configuration').value !== undefined,
    };
    return stream;
  },
};
export default firehose;
