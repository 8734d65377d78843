import { propertyName } from '../../../message.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-SQS-DLQ',
  title: 'SQS queues send repeatedly failing messages to a dead-letter queue',
  problem: 'SQS queue has no dead-letter queue for messages that keep failing',
  pillar: 'reliability',
  severity: 'medium',
  rationale:
    'Without a redrive policy, a message that consumers cannot process is received and returned over and over until its retention period ends, wasting consumer capacity and then disappearing without a trace. A dead-letter queue sets it aside after a set number of receives so it can be inspected, alarmed on and redriven.',
  guide: 'dead-letter-queues',
  reads: ['aws.sqs.queue'],
  messages: {
    noRedrive: 'queue {queue} has no {property}, so messages that keep failing are retried until they expire',
  },
  fix: {
    cloudformation: `OrdersQueue:
  Type: AWS::SQS::Queue
  Properties:
    RedrivePolicy:
      deadLetterTargetArn: !GetAtt OrdersDeadLetterQueue.Arn
      maxReceiveCount: 5
OrdersDeadLetterQueue:
  Type: AWS::SQS::Queue
  Properties:
    MessageRetentionPeriod: 1209600   # 14 days to investigate`,
    terraform: `resource "aws_sqs_queue" "orders" {
  name = "orders"
  redrive_policy = jsonencode({
    deadLetterTargetArn = aws_sqs_queue.orders_dlq.arn
    maxReceiveCount     = 5
  })
}

resource "aws_sqs_queue" "orders_dlq" {
  name                      = "orders-dlq"
  message_retention_seconds = 1209600
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const queue of model.of('aws.sqs.queue')) {
      // A dead-letter queue is the end of the line; it needs no dead-letter queue of its own.
      if (queue.isDeadLetterQueue || queue.redrivePolicy.state !== 'absent') continue;
      report(queue, queue.redrivePolicy.at, 'noRedrive', { queue: queue.name, property: propertyName(queue.redrivePolicy, 'RedrivePolicy') });
    }
  },
});
