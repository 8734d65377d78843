import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';
import { insecureTransportGap } from '../../policy-principals.ts';

export default defineRule({
  id: 'AWS-SQS-TLS-ONLY',
  title: 'SQS queues refuse requests that do not use TLS',
  problem: 'SQS queue accepts requests that do not use TLS',
  pillar: 'security',
  severity: 'medium',
  rationale:
    'Amazon SQS requires HTTPS and Signature Version 4 for every request to a queue with server-side encryption, so a queue with SSE-SQS (on by default since late 2022) or SSE-KMS already refuses plain HTTP. A queue with SSE turned off accepts HTTP requests, whose message bodies cross the network unencrypted, unless its queue policy denies requests where aws:SecureTransport is false.',
  guide: 'encrypt-data-in-transit',
  reads: ['aws.sqs.queue'],
  messages: {
    noPolicy: 'queue {queue} sets {property} to `false`, has no KMS key and no queue policy denying requests where `aws:SecureTransport` is `false`',
    noDeny: 'queue {queue} sets {property} to `false`, has no KMS key, and its queue policy does not deny `sqs:*` where `aws:SecureTransport` is `false`',
  },
  fix: {
    cloudformation: `Type: AWS::SQS::QueuePolicy
Properties:
  Queues: [!Ref Jobs]
  PolicyDocument:
    Version: "2012-10-17"
    Statement:
      - Sid: DenyInsecureTransport
        Effect: Deny
        Principal: "*"
        Action: sqs:*
        Resource: !GetAtt Jobs.Arn
        Condition:
          Bool:
            aws:SecureTransport: "false"
# or leave SqsManagedSseEnabled at its default (true): SQS then requires HTTPS`,
    terraform: `data "aws_iam_policy_document" "jobs_tls_only" {
  statement {
    sid       = "DenyInsecureTransport"
    effect    = "Deny"
    actions   = ["sqs:*"]
    resources = [aws_sqs_queue.jobs.arn]
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

resource "aws_sqs_queue_policy" "jobs" {
  queue_url = aws_sqs_queue.jobs.id
  policy    = data.aws_iam_policy_document.jobs_tls_only.json
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const queue of model.of('aws.sqs.queue')) {
      const sse = queue.sqsManagedSse;
      // SSE (SQS-managed, the default, or KMS) makes SQS refuse requests that are not HTTPS.
      if (queue.sqsKmsKey.state !== 'absent' || sse.state !== 'known' || sse.value) continue;
      const gap = insecureTransportGap(queue.queuePolicies, 'sqs', 'sqs:*');
      const params = { queue: queue.name, property: propertyName(sse, 'SqsManagedSseEnabled') };
      if (gap === 'none') report(queue, sse.at, 'noPolicy', params);
      else if (gap === 'no-deny') report(queue, queue.queuePolicies[0]!.at, 'noDeny', params);
    }
  },
});
