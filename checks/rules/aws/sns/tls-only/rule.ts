import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { insecureTransportGap } from '../../policy-principals.ts';

export default defineRule({
  id: 'AWS-SNS-TLS-ONLY',
  title: 'SNS topics refuse publishing that does not use TLS',
  problem: 'SNS topic accepts publish requests that do not use TLS',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'Amazon SNS requires HTTPS and Signature Version 4 for requests to a topic encrypted with a KMS key, but a topic without server-side encryption also accepts publish requests over plain HTTP, so message contents can cross the network unencrypted. A topic policy statement that denies sns:Publish when aws:SecureTransport is false makes every publisher use TLS.',
  guide: 'encrypt-data-in-transit',
  reads: ['aws.sns.topic'],
  messages: {
    noPolicy: 'topic {topic} has no {property} and no topic policy denying `sns:Publish` where `aws:SecureTransport` is `false`',
    noDeny: 'topic {topic} has no {property}, and its topic policy does not deny `sns:Publish` where `aws:SecureTransport` is `false`',
  },
  fix: {
    cloudformation: `Type: AWS::SNS::TopicPolicy
Properties:
  Topics: [!Ref Alerts]
  PolicyDocument:
    Version: "2012-10-17"
    Statement:
      - Sid: DenyInsecurePublish
        Effect: Deny
        Principal: "*"
        Action: sns:Publish
        Resource: !Ref Alerts
        Condition:
          Bool:
            aws:SecureTransport: "false"
# or encrypt the topic (KmsMasterKeyId): SNS then requires HTTPS`,
    terraform: `data "aws_iam_policy_document" "alerts_tls_only" {
  statement {
    sid       = "DenyInsecurePublish"
    effect    = "Deny"
    actions   = ["sns:Publish"]
    resources = [aws_sns_topic.alerts.arn]
    principals {
      type        = "*"
      identifiers = ["*"]
    }
    condition {
      test     = "Bool"
      variable = "aws:SecureTransport"
      values   = ["false"]
    }
  }
}

resource "aws_sns_topic_policy" "alerts" {
  arn    = aws_sns_topic.alerts.arn
  policy = data.aws_iam_policy_document.alerts_tls_only.json
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const topic of model.of('aws.sns.topic')) {
      // A KMS-encrypted topic already refuses requests that are not HTTPS.
      if (topic.kmsKey.state !== 'absent') continue;
      const gap = insecureTransportGap(topic.topicPolicies, 'sns', 'sns:publish');
      const params = { topic: topic.name, property: propertyName(topic.kmsKey, 'KmsMasterKeyId') };
      if (gap === 'none') report(topic, topic.kmsKey.at, 'noPolicy', params);
      else if (gap === 'no-deny') report(topic, topic.topicPolicies[0]!.at, 'noDeny', params);
    }
  },
});
