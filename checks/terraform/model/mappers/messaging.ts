/**
 * SQS queues and SNS topics. A queue's redrive policy is its own `redrive_policy` or an
 * `aws_sqs_queue_redrive_policy`; a queue is a dead-letter queue when something in the input sends its failed
 * messages there: another queue's redrive policy, an SNS subscription, a Lambda function, invoke config or event
 * source mapping, an EventBridge target or a schedule. A topic records the alarms, EventBridge targets and bucket
 * notifications that make an AWS service publish to it (those cannot use the AWS managed key).
 */
import type { ServicePublisher, SnsTopic, SqsQueue } from '../../../model/aws/data.ts';
import type { PolicyDocument } from '../../../model/aws/iam.ts';
import { absent, known, unknownAttr, valueOrUndefined, type Attr } from '../../../model/types.ts';
import { queuesNamedIn } from '../../../read/aws/sqs.ts';
import type { Links, Mapper } from '../../../read/build.ts';
import { bool, isUnknown, number, text } from '../../../read/convert.ts';
import { decodedJson } from '../common.ts';
import { policyDocumentOf } from '../policy-documents.ts';
import type { Cursor, TfReader } from '../reader.ts';
import { mentionMatches, mentionsIn } from '../references.ts';

/**
 * Whether a redrive policy is set. `null` (a conditional that leaves it out) and the empty string mean none. A
 * value known only at apply time is still set when it is written as JSON or text (`jsonencode({ … })` over a queue
 * ARN); from a variable or a conditional it may turn out null, so it stays open.
 */
function redrivePresence(reader: TfReader, cursor: Cursor): Attr<boolean> {
  if (cursor.value === undefined) return absent(cursor.at, cursor.property);
  if (isUnknown(cursor)) {
    const written = reader.resource.file.text.slice(cursor.value.start, cursor.value.end);
    return /^(jsonencode\(|"|<<)/.test(written) ? known(true, cursor.at, cursor.property) : unknownAttr(cursor.at, cursor.property);
  }
  const written = text(cursor);
  if (written.state === 'known' && written.value.trim() === '') return absent(cursor.at, cursor.property);
  return known(true, cursor.at, cursor.property);
}

/** Queues by address without the instance key, so a mention finds its candidates without a scan of every queue. */
const queueIndexes = new WeakMap<SqsQueue[], { size: number; byBase: Map<string, SqsQueue[]> }>();
const withoutInstanceKey = (address: string) => address.replace(/\[[^\]]*\]$/, '');

function queuesByBase(queues: SqsQueue[]): Map<string, SqsQueue[]> {
  const cached = queueIndexes.get(queues);
  // The model's list of queues grows while the first pass builds; an index is good while its size holds.
  if (cached?.size === queues.length) return cached.byBase;
  const byBase = new Map<string, SqsQueue[]>();
  for (const queue of queues) {
    const base = withoutInstanceKey(queue.address);
    byBase.set(base, [...(byBase.get(base) ?? []), queue]);
  }
  queueIndexes.set(queues, { size: queues.length, byBase });
  return byBase;
}

/** Queues a value names: by reference (`aws_sqs_queue.dlq.arn`), or by the name its ARN or URL ends with. */
function queuesTargeted(reader: TfReader, cursor: Cursor, queues: SqsQueue[]): SqsQueue[] {
  const mentioned = mentionsIn(reader, cursor);
  const byBase = mentioned.length === 0 ? undefined : queuesByBase(queues);
  const named = new Set(mentioned.flatMap((mention) => (byBase?.get(withoutInstanceKey(mention.address)) ?? []).filter((queue) => mentionMatches(mention, queue.address))));
  return named.size > 0 ? [...named] : queuesNamedIn(queues, valueOrUndefined(text(cursor)));
}

/**
 * The queue a redrive policy sends to. A policy written as literal JSON names it by ARN; `jsonencode({
 * deadLetterTargetArn = aws_sqs_queue.dlq.arn })` is known only at apply time, but its source names the queue.
 */
function redriveTargets(reader: TfReader, policy: Cursor, queues: SqsQueue[]): SqsQueue[] {
  if (policy.value === undefined) return [];
  const decoded = decodedJson(policy);
  const arn = decoded.value?.kind === 'map' ? reader.field(decoded, 'deadLetterTargetArn') : policy;
  return queuesTargeted(reader, arn, queues).concat(arn === policy ? [] : queuesTargeted(reader, policy, queues));
}

/** Where each resource type sends the messages it gives up on. */
function deadLetterTargets(reader: TfReader, queues: SqsQueue[]): SqsQueue[] {
  const targeted = (cursor: Cursor) => queuesTargeted(reader, cursor, queues);
  switch (reader.resource.type) {
    case 'aws_sqs_queue':
    case 'aws_sqs_queue_redrive_policy':
    case 'aws_sns_topic_subscription':
      return redriveTargets(reader, reader.get('redrive_policy'), queues);
    case 'aws_lambda_function':
      return targeted(reader.get('dead_letter_config', 'target_arn'));
    case 'aws_lambda_function_event_invoke_config':
      return targeted(reader.get('destination_config', 'on_failure', 'destination'));
    case 'aws_lambda_event_source_mapping':
      return targeted(reader.get('destination_config', 'on_failure', 'destination_arn'));
    case 'aws_cloudwatch_event_target':
      return targeted(reader.get('dead_letter_config', 'arn'));
    case 'aws_scheduler_schedule':
      return targeted(reader.get('target', 'dead_letter_config', 'arn'));
    default:
      return [];
  }
}

/** `aws_sqs_queue_redrive_policy` gives the queue at `queue_url` its redrive policy. */
function linkRedrivePolicy(reader: TfReader, links: Links<TfReader>): void {
  const queues = links.model.of('aws.sqs.queue');
  const url = reader.get('queue_url');
  const policy = redrivePresence(reader, reader.get('redrive_policy'));
  const owners = queuesTargeted(reader, url, queues);
  for (const queue of owners) queue.redrivePolicy = policy;
  // A policy for a queue known only at apply time may be any queue's: none is known to lack one.
  if (owners.length === 0 && isUnknown(url))
    for (const queue of queues) if (queue.redrivePolicy.state === 'absent') queue.redrivePolicy = unknownAttr(queue.redrivePolicy.at, queue.redrivePolicy.property);
}

/** The name a queue declares: absent when the service generates one, unknown when only its `name_prefix` is written. */
function queueName(reader: TfReader): Attr<string> {
  const name = text(reader.get('name'));
  const prefix = reader.get('name_prefix');
  return name.state === 'absent' && prefix.value !== undefined ? unknownAttr(prefix.at, prefix.property) : name;
}

/** Topics a value names by reference (`aws_sns_topic.alerts.arn`). */
function topicsTargeted(reader: TfReader, cursor: Cursor, topics: SnsTopic[]): SnsTopic[] {
  const mentioned = mentionsIn(reader, cursor);
  return topics.filter((topic) => mentioned.some((mention) => mentionMatches(mention, topic.address)));
}

/**
 * A queue's or topic's own `policy`, or a policy resource joining the ones it names. A policy resource whose target
 * is not resolved (known only at apply time) may be any of them: each gets an unreadable policy, so no rule
 * concludes that it has none.
 */
function linkPolicies(reader: TfReader, links: Links<TfReader>): void {
  const type = reader.resource.type;
  if (!['aws_sqs_queue', 'aws_sns_topic', 'aws_sqs_queue_policy', 'aws_sns_topic_policy'].includes(type)) return;
  const document = policyDocumentOf(reader, reader.get('policy'), links);
  if (!document) return;
  const self = links.resource(reader.resource.address);
  if (type === 'aws_sqs_queue' && self?.kind === 'aws.sqs.queue') self.queuePolicies.push(document);
  if (type === 'aws_sns_topic' && self?.kind === 'aws.sns.topic') self.topicPolicies.push(document);
  const unreadable: PolicyDocument = { at: document.at, statements: [], unreadable: true };
  if (type === 'aws_sqs_queue_policy') {
    const queues = links.model.of('aws.sqs.queue');
    const owners = queuesTargeted(reader, reader.get('queue_url'), queues);
    for (const queue of owners.length > 0 ? owners : queues) queue.queuePolicies.push(owners.length > 0 ? document : unreadable);
  }
  if (type === 'aws_sns_topic_policy') {
    const topics = links.model.of('aws.sns.topic');
    const owners = topicsTargeted(reader, reader.get('arn'), topics);
    for (const topic of owners.length > 0 ? owners : topics) topic.topicPolicies.push(owners.length > 0 ? document : unreadable);
  }
}

/** Topics an AWS service publishes to on behalf of this resource, and which service. */
function servicePublished(reader: TfReader, topics: SnsTopic[]): { service: ServicePublisher; topics: SnsTopic[] } | undefined {
  const targeted = (cursor: Cursor) => topicsTargeted(reader, cursor, topics);
  switch (reader.resource.type) {
    case 'aws_cloudwatch_metric_alarm':
      return { service: 'cloudwatch', topics: ['alarm_actions', 'ok_actions', 'insufficient_data_actions'].flatMap((name) => targeted(reader.get(name))) };
    case 'aws_cloudwatch_event_target':
      return { service: 'events', topics: targeted(reader.get('arn')) };
    case 'aws_s3_bucket_notification':
      return { service: 's3', topics: reader.items(reader.get('topic')).flatMap((block) => targeted(reader.field(block, 'topic_arn'))) };
    default:
      return undefined;
  }
}

const messaging: Mapper<TfReader> = {
  types: [
    'aws_sqs_queue',
    'aws_sqs_queue_redrive_policy',
    'aws_sns_topic',
    'aws_sns_topic_subscription',
    'aws_lambda_function',
    'aws_lambda_function_event_invoke_config',
    'aws_lambda_event_source_mapping',
    'aws_cloudwatch_event_target',
    'aws_scheduler_schedule',
    'aws_sqs_queue_policy',
    'aws_sns_topic_policy',
    'aws_cloudwatch_metric_alarm',
    'aws_s3_bucket_notification',
  ],
  kinds: ['aws.sqs.queue', 'aws.sns.topic'],

  build(reader, base) {
    if (reader.resource.type === 'aws_sqs_queue') {
      const queue: SqsQueue = {
        ...base,
        kind: 'aws.sqs.queue',
        queueName: queueName(reader),
        redrivePolicy: redrivePresence(reader, reader.get('redrive_policy')),
        isDeadLetterQueue: false,
        receiveWaitSeconds: number(reader.get('receive_wait_time_seconds')),
        polledByLambda: false,
        queuePolicies: [],
        sqsManagedSse: bool(reader.get('sqs_managed_sse_enabled')),
        sqsKmsKey: text(reader.get('kms_master_key_id')),
      };
      return queue;
    }
    if (reader.resource.type === 'aws_sns_topic') {
      const topic: SnsTopic = { ...base, kind: 'aws.sns.topic', kmsKey: text(reader.get('kms_master_key_id')), topicPolicies: [], servicePublishers: [] };
      return topic;
    }
    return undefined;
  },

  link(reader, links) {
    linkPolicies(reader, links);
    if (reader.resource.type === 'aws_sqs_queue_redrive_policy') linkRedrivePolicy(reader, links);
    for (const queue of deadLetterTargets(reader, links.model.of('aws.sqs.queue'))) queue.isDeadLetterQueue = true;
    // Lambda's pollers long-poll a queue whatever its receive wait time says.
    if (reader.resource.type === 'aws_lambda_event_source_mapping')
      for (const queue of queuesTargeted(reader, reader.get('event_source_arn'), links.model.of('aws.sqs.queue'))) queue.polledByLambda = true;
    const published = servicePublished(reader, links.model.of('aws.sns.topic'));
    for (const topic of new Set(published?.topics)) topic.servicePublishers.push({ service: published!.service, name: reader.resource.name });
  },
};
export default messaging;
