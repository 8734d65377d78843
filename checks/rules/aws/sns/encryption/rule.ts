import type { ServicePublisher } from '../../../../model/aws/data.ts';
import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

/** The AWS managed key for SNS, by alias name or alias ARN. */
const isManagedKey = (key: string) => /(^|:)alias\/aws\/sns$/i.test(key.trim());

/** The service principal that publishes, the one a customer managed key's policy has to allow. */
const principals: Record<ServicePublisher, string> = { cloudwatch: 'cloudwatch.amazonaws.com', events: 'events.amazonaws.com', s3: 's3.amazonaws.com' };

export default defineRule({
  id: 'AWS-SNS-ENCRYPTION',
  title: 'SNS topics encrypt messages at rest with a KMS key their publishers can use',
  problem: 'SNS topic stores messages unencrypted, or with a key its publishers cannot use',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'SNS encrypts a topic at rest only when KmsMasterKeyId names a KMS key; otherwise messages held for delivery are stored unencrypted. The AWS managed key alias/aws/sns has a key policy nobody can change, so CloudWatch alarms, EventBridge rules and S3 event notifications cannot publish to a topic encrypted with it and their messages are lost; use a customer managed key whose policy lets those service principals call kms:GenerateDataKey* and kms:Decrypt, and limit which resources may publish in the topic policy.',
  guide: 'encrypt-data-at-rest',
  reads: ['aws.sns.topic'],
  messages: {
    noKey: 'topic {topic} has no {property}, so messages are stored unencrypted',
    emptyKey: '{property} is empty on topic {topic}, so messages are stored unencrypted',
    managedKey: 'topic {topic} is encrypted with the AWS managed key {key}, which {principals} cannot use to publish for {publishers}',
  },
  fix: {
    cloudformation: `TopicKey:
  Type: AWS::KMS::Key
  Properties:
    EnableKeyRotation: true
    KeyPolicy:
      Version: "2012-10-17"
      Statement:
        - Sid: AccountAdministers
          Effect: Allow
          Principal:
            AWS: !Sub arn:\${AWS::Partition}:iam::\${AWS::AccountId}:root
          Action: kms:*
          Resource: "*"
        # Services that publish to the topic need the key: alias/aws/sns cannot grant them this.
        - Sid: ServicesPublish
          Effect: Allow
          Principal:
            Service: [cloudwatch.amazonaws.com, events.amazonaws.com, s3.amazonaws.com]
          Action: ["kms:GenerateDataKey*", "kms:Decrypt"]
          Resource: "*"
          # Which alarms, rules and buckets may publish is limited in the topic policy (aws:SourceArn).
Alerts:
  Type: AWS::SNS::Topic
  Properties:
    KmsMasterKeyId: !Ref TopicKey   # a customer managed key, not alias/aws/sns`,
    terraform: `data "aws_caller_identity" "current" {}

resource "aws_kms_key" "topics" {
  enable_key_rotation = true
  policy = jsonencode({
    Version = "2012-10-17"
    Statement = [
      {
        Sid       = "AccountAdministers"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::\${data.aws_caller_identity.current.account_id}:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      # Services that publish to the topic need the key: alias/aws/sns cannot grant them this.
      {
        Sid       = "ServicesPublish"
        Effect    = "Allow"
        Principal = { Service = ["cloudwatch.amazonaws.com", "events.amazonaws.com", "s3.amazonaws.com"] }
        Action    = ["kms:GenerateDataKey*", "kms:Decrypt"]
        Resource  = "*"
        # Which alarms, rules and buckets may publish is limited in the topic policy (aws:SourceArn).
      },
    ]
  })
}

resource "aws_sns_topic" "alerts" {
  name              = "alerts"
  kms_master_key_id = aws_kms_key.topics.id # a customer managed key, not alias/aws/sns
}`,
  },
  equivalents: { checkov: ['CKV_AWS_26'], trivy: ['AVD-AWS-0095'], kics: ['9d13b150-a2ab-42a1-b6f4-142e41f81e52'], cfn_nag: ['W47'] },

  check(model, report) {
    for (const topic of model.of('aws.sns.topic')) {
      const params = { topic: topic.name, property: propertyName(topic.kmsKey, 'KmsMasterKeyId') };
      if (topic.kmsKey.state === 'absent') report(topic, topic.kmsKey.at, 'noKey', params);
      else if (topic.kmsKey.state === 'known' && topic.kmsKey.value.trim() === '') report(topic, topic.kmsKey.at, 'emptyKey', params);
      else if (topic.kmsKey.state === 'known' && isManagedKey(topic.kmsKey.value) && topic.servicePublishers.length > 0) {
        const services = [...new Set(topic.servicePublishers.map((publisher) => principals[publisher.service]))];
        report(topic, topic.kmsKey.at, 'managedKey', { topic: topic.name, key: topic.kmsKey.value, principals: services, publishers: topic.servicePublishers.map((publisher) => publisher.name) });
      }
    }
  },
});
