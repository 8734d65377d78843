import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-SNS-ENCRYPTION',
  title: 'SNS topics encrypt messages at rest with KMS',
  problem: 'SNS topic stores messages unencrypted',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'SNS does not encrypt topics at rest unless a KMS key is set with KmsMasterKeyId; messages held while SNS delivers them are then stored unencrypted. With a customer managed key, the key policy also controls which publishers and subscribers can use the topic.',
  guide: 'encrypt-data-at-rest',
  reads: ['aws.sns.topic'],
  messages: {
    noKey: 'topic {topic} has no {property}, so messages are stored unencrypted',
    emptyKey: '{property} is empty on topic {topic}, so messages are stored unencrypted',
  },
  fix: {
    cloudformation: `Type: AWS::SNS::Topic
Properties:
  KmsMasterKeyId: !Ref TopicKey   # or alias/aws/sns for the AWS managed key`,
    terraform: `resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = aws_kms_key.topics.id # or "alias/aws/sns"
}`,
  },
  equivalents: { checkov: ['CKV_AWS_26'], trivy: ['AVD-AWS-0095'], kics: ['9d13b150-a2ab-42a1-b6f4-142e41f81e52'], cfn_nag: ['W47'] },

  check(model, report) {
    for (const topic of model.of('aws.sns.topic')) {
      const params = { topic: topic.name, property: propertyName(topic.kmsKey, 'KmsMasterKeyId') };
      if (topic.kmsKey.state === 'absent') report(topic, topic.kmsKey.at, 'noKey', params);
      else if (topic.kmsKey.state === 'known' && topic.kmsKey.value.trim() === '') report(topic, topic.kmsKey.at, 'emptyKey', params);
    }
  },
});
