import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-FIREHOSE-ENCRYPTION',
  title: 'Firehose delivery streams encrypt data at rest',
  problem: 'Firehose delivery stream does not encrypt data at rest',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'A Firehose stream buffers records before delivery, and server-side encryption with an AWS owned or customer managed KMS key is off unless it is turned on. It cannot be set for a stream that reads from a Kinesis data stream: there the data stream encrypts the records and Firehose keeps them encrypted, so such streams pass.',
  guide: 'encrypt-data-at-rest',
  reads: ['aws.firehose.delivery-stream'],
  messages: {
    notSet: 'delivery stream {stream} does not set {property}, so its buffered data is not encrypted by Firehose',
    off: '{property} is `false` on delivery stream {stream}',
  },
  fix: {
    cloudformation: `Type: AWS::KinesisFirehose::DeliveryStream
Properties:
  DeliveryStreamEncryptionConfigurationInput:
    KeyType: CUSTOMER_MANAGED_CMK     # or AWS_OWNED_CMK
    KeyARN: !GetAtt StreamKey.Arn`,
    terraform: `resource "aws_kinesis_firehose_delivery_stream" "events" {
  server_side_encryption {
    enabled  = true
    key_type = "CUSTOMER_MANAGED_CMK"
    key_arn  = aws_kms_key.stream.arn
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_240'] },

  check(model, report) {
    for (const stream of model.of('aws.firehose.delivery-stream')) {
      if (stream.kinesisSource) continue;
      const encryption = stream.encryption;
      if (encryption.state === 'unknown' || (encryption.state === 'known' && encryption.value)) continue;
      const property = propertyName(encryption, 'DeliveryStreamEncryptionConfigurationInput');
      report(stream, encryption.at, encryption.state === 'absent' ? 'notSet' : 'off', { stream: stream.name, property });
    }
  },
});
