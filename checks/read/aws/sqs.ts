/** SQS queues named by ARN or URL, the same in every format. */
import type { SqsQueue } from '../../model/aws/data.ts';

/** The queue name at the end of an SQS ARN (`arn:aws:sqs:region:account:name`) or URL (`https://sqs…/account/name`). */
export function queueNameIn(arnOrUrl: string): string | undefined {
  if (arnOrUrl.startsWith('arn:')) return arnOrUrl.split(':').at(-1);
  return arnOrUrl.startsWith('https://') ? arnOrUrl.split('/').at(-1) : undefined;
}

/** The queues of the input that declare the name an ARN or URL ends with. */
export function queuesNamedIn(queues: SqsQueue[], arnOrUrl: string | undefined): SqsQueue[] {
  const name = arnOrUrl === undefined ? undefined : queueNameIn(arnOrUrl);
  return name === undefined ? [] : queues.filter((queue) => queue.queueName.state === 'known' && queue.queueName.value === name);
}
