import { effective } from '../../../../model/types.ts';
import { defineRule } from '../../../rule.ts';

export default defineRule({
  id: 'AWS-SQS-LONG-POLLING',
  title: 'SQS queues wait for messages with long polling',
  problem: 'SQS queue uses short polling',
  pillar: 'cost',
  severity: 'low',
  rationale:
    'With ReceiveMessageWaitTimeSeconds at 0, the default, a ReceiveMessage call returns at once, often empty, and each empty response is a billed request. Long polling (1 to 20 seconds) waits for messages to arrive, which cuts empty receives and their cost. Consumers can still ask for long polling per call with WaitTimeSeconds, and Lambda event source mappings always long-poll, so this matters only for queues that your own consumers poll.',
  guide: 'asynchronous-processing',
  reads: ['aws.sqs.queue'],
  messages: {
    shortPolling: '{property} is {seconds} on queue {queue}: each receive returns at once unless the consumer asks to wait',
    defaultShortPolling: 'queue {queue} leaves {property} at its default of 0: each receive returns at once unless the consumer asks to wait',
  },
  fix: {
    cloudformation: `Type: AWS::SQS::Queue
Properties:
  ReceiveMessageWaitTimeSeconds: 20   # long polling: receives wait up to 20 s for a message`,
    terraform: `resource "aws_sqs_queue" "jobs" {
  name                      = "jobs"
  receive_wait_time_seconds = 20 # long polling: receives wait up to 20 s for a message
}`,
  },
  equivalents: {},

  check(model, report) {
    for (const queue of model.of('aws.sqs.queue')) {
      // Nobody polls a dead-letter queue in a loop, and Lambda's pollers long-poll on their own.
      if (queue.isDeadLetterQueue || queue.polledByLambda) continue;
      const wait = queue.receiveWaitSeconds;
      if (effective(wait, 0) !== 0) continue;
      const property = wait.property ?? 'ReceiveMessageWaitTimeSeconds';
      if (wait.state === 'absent') report(queue, wait.at, 'defaultShortPolling', { queue: queue.name, property });
      else report(queue, wait.at, 'shortPolling', { queue: queue.name, property, seconds: 0 });
    }
  },
});
