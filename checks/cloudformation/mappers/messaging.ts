/**
 * SQS queues and SNS topics. A queue is a dead-letter queue when something in the stack sends its failed
 * messages there: another queue's redrive policy, an SNS subscription, a Lambda function or event source,
 * an EventBridge rule or schedule target. Queue and topic policies (`AWS::SQS::QueuePolicy`,
 * `AWS::SNS::TopicPolicy`, `AWS::SNS::TopicInlinePolicy`) join the queues and topics they name. A topic records
 * the alarms, EventBridge rules and bucket notifications that make an AWS service publish to it (those cannot use
 * the AWS managed key).
 */
import type { ServicePublisher, SnsTopic, SqsQueue } from '../../model/aws/data.ts';
import type { PolicyDocument } from '../../model/aws/iam.ts';
import { queuesNamedIn } from '../../read/aws/sqs.ts';
import { knownText } from '../evaluate.ts';
import type { CfnMapper, Links } from '../mapper.ts';
import { bool, number, text, type Cursor, type ResourceReader } from '../read.ts';
import { readTemplatePolicy } from './support/policy-text.ts';
import { presence } from './support/presence.ts';
import { samFunctionGlobals, samProperty } from './support/sam-globals.ts';
import { referencesIn } from './support/value-origin.ts';

/** The queues of this stack a target value (an ARN, a `!GetAtt Queue.Arn`, a `!Sub` of one) designates. */
function queuesTargeted(reader: ResourceReader, target: Cursor, links: Links): SqsQueue[] {
  const value = target.value;
  if (!value) return [];
  const queues = links.model.of('aws.sqs.queue');
  const ids = value.kind === 'ref' ? [value.resource] : referencesIn(value.node, reader.ctx.template).resources;
  if (ids.length > 0) return queues.filter((queue) => ids.includes(queue.name));
  return queuesNamedIn(queues, knownText(value));
}

/** `RedrivePolicy` is JSON: a mapping, or (in older templates) a JSON string. */
function redriveTargets(reader: ResourceReader, redrive: Cursor, links: Links): SqsQueue[] {
  const value = redrive.value;
  if (value?.kind === 'map') return queuesTargeted(reader, reader.field(redrive, 'deadLetterTargetArn'), links);
  const json = knownText(value);
  if (json === undefined) return value ? queuesTargeted(reader, redrive, links) : [];
  try {
    const arn = (JSON.parse(json) as { deadLetterTargetArn?: unknown }).deadLetterTargetArn;
    return queuesNamedIn(links.model.of('aws.sqs.queue'), typeof arn === 'string' ? arn : undefined);
  } catch {
    return [];
  }
}

/** Where each resource type sends messages it gives up on. */
function deadLetterTargets(reader: ResourceReader, links: Links): SqsQueue[] {
  const get = (...path: string[]) => reader.get(...path);
  const targeted = (cursor: Cursor) => queuesTargeted(reader, cursor, links);
  switch (reader.resource.type) {
    case 'AWS::SQS::Queue':
    case 'AWS::SNS::Subscription':
      return redriveTargets(reader, get('RedrivePolicy'), links);
    case 'AWS::Lambda::Function':
      return targeted(get('DeadLetterConfig', 'TargetArn'));
    case 'AWS::Lambda::EventInvokeConfig':
    case 'AWS::Lambda::EventSourceMapping':
      return targeted(get('DestinationConfig', 'OnFailure', 'Destination'));
    case 'AWS::Serverless::Function': {
      const globals = samFunctionGlobals(reader);
      const dlq = samProperty(reader, globals, 'DeadLetterQueue');
      const onFailure = reader.field(reader.field(samProperty(reader, globals, 'EventInvokeConfig'), 'DestinationConfig'), 'OnFailure');
      return [...targeted(reader.field(dlq, 'TargetArn')), ...targeted(reader.field(onFailure, 'Destination'))];
    }
    case 'AWS::Events::Rule':
      return reader.items(get('Targets')).flatMap((target) => targeted(reader.field(reader.field(target, 'DeadLetterConfig'), 'Arn')));
    case 'AWS::Scheduler::Schedule':
      return targeted(get('Target', 'DeadLetterConfig', 'Arn'));
    default:
      return [];
  }
}

/** Queues a Lambda event source mapping (or a SAM function's `SQS` event) polls. */
function lambdaPolledQueues(reader: ResourceReader, links: Links): SqsQueue[] {
  if (reader.resource.type === 'AWS::Lambda::EventSourceMapping') return queuesTargeted(reader, reader.get('EventSourceArn'), links);
  if (reader.resource.type !== 'AWS::Serverless::Function') return [];
  return reader
    .entries(reader.get('Events'))
    .filter(({ cursor }) => knownText(reader.field(cursor, 'Type').value) === 'SQS')
    .flatMap(({ cursor }) => queuesTargeted(reader, reader.field(reader.field(cursor, 'Properties'), 'Queue'), links));
}

/** The topics of this stack a value (a `!Ref Topic`, a `!Sub` or `!Join` of one) designates. */
function topicsTargeted(reader: ResourceReader, target: Cursor, links: Links): SnsTopic[] {
  const value = target.value;
  if (!value) return [];
  const ids = value.kind === 'ref' ? [value.resource] : referencesIn(value.node, reader.ctx.template).resources;
  return ids.length === 0 ? [] : links.model.of('aws.sns.topic').filter((topic) => ids.includes(topic.name));
}

/**
 * A queue or topic policy joins each queue or topic it names. One that names a target not resolved to this stack's
 * resources (an ARN or URL known only at deploy time) may be any of them: each gets an unreadable policy, so no
 * rule concludes that it has none.
 */
function linkResourcePolicy<T>(document: PolicyDocument | undefined, targets: Cursor[], resolve: (target: Cursor) => T[], all: T[], push: (owner: T, document: PolicyDocument) => void): void {
  if (!document) return;
  for (const target of targets) {
    const owners = resolve(target);
    if (owners.length > 0) for (const owner of owners) push(owner, document);
    else for (const owner of all) push(owner, { at: document.at, statements: [], unreadable: true });
  }
}

function linkPolicies(reader: ResourceReader, links: Links): void {
  const type = reader.resource.type;
  if (type === 'AWS::SQS::QueuePolicy') {
    const queues = links.model.of('aws.sqs.queue');
    const document = readTemplatePolicy(reader, reader.get('PolicyDocument'));
    const targets = reader.items(reader.get('Queues'));
    linkResourcePolicy(
      document,
      targets,
      (target) => queuesTargeted(reader, target, links),
      queues,
      (queue, policy) => queue.queuePolicies.push(policy),
    );
  }
  if (type === 'AWS::SNS::TopicPolicy' || type === 'AWS::SNS::TopicInlinePolicy') {
    const topics = links.model.of('aws.sns.topic');
    const document = readTemplatePolicy(reader, reader.get('PolicyDocument'));
    const targets = type === 'AWS::SNS::TopicPolicy' ? reader.items(reader.get('Topics')) : [reader.get('TopicArn')];
    linkResourcePolicy(
      document,
      targets,
      (target) => topicsTargeted(reader, target, links),
      topics,
      (topic, policy) => topic.topicPolicies.push(policy),
    );
  }
}

/** Topics an AWS service publishes to on behalf of this resource, and which service. */
function servicePublished(reader: ResourceReader, links: Links): { service: ServicePublisher; topics: SnsTopic[] } | undefined {
  const each = (cursor: Cursor) => reader.items(cursor).flatMap((item) => topicsTargeted(reader, item, links));
  switch (reader.resource.type) {
    case 'AWS::CloudWatch::Alarm':
      return { service: 'cloudwatch', topics: ['AlarmActions', 'OKActions', 'InsufficientDataActions'].flatMap((name) => each(reader.get(name))) };
    case 'AWS::Events::Rule':
      return { service: 'events', topics: reader.items(reader.get('Targets')).flatMap((target) => topicsTargeted(reader, reader.field(target, 'Arn'), links)) };
    case 'AWS::S3::Bucket':
      return {
        service: 's3',
        topics: reader.items(reader.get('NotificationConfiguration', 'TopicConfigurations')).flatMap((configuration) => topicsTargeted(reader, reader.field(configuration, 'Topic'), links)),
      };
    default:
      return undefined;
  }
}

const messaging: CfnMapper = {
  types: [
    'AWS::SQS::Queue',
    'AWS::SNS::Topic',
    'AWS::SNS::Subscription',
    'AWS::Lambda::Function',
    'AWS::Lambda::EventInvokeConfig',
    'AWS::Lambda::EventSourceMapping',
    'AWS::Serverless::Function',
    'AWS::Events::Rule',
    'AWS::Scheduler::Schedule',
    'AWS::SQS::QueuePolicy',
    'AWS::SNS::TopicPolicy',
    'AWS::SNS::TopicInlinePolicy',
    'AWS::CloudWatch::Alarm',
    'AWS::S3::Bucket',
  ],
  kinds: ['aws.sqs.queue', 'aws.sns.topic'],

  build(reader, base) {
    if (reader.resource.type === 'AWS::SQS::Queue') {
      const redrive = reader.get('RedrivePolicy');
      const queue: SqsQueue = {
        ...base,
        kind: 'aws.sqs.queue',
        queueName: text(reader.get('QueueName')),
        redrivePolicy: presence(redrive),
        isDeadLetterQueue: false,
        receiveWaitSeconds: number(reader.get('ReceiveMessageWaitTimeSeconds')),
        polledByLambda: false,
        queuePolicies: [],
        sqsManagedSse: bool(reader.get('SqsManagedSseEnabled')),
        sqsKmsKey: text(reader.get('KmsMasterKeyId')),
      };
      return queue;
    }
    if (reader.resource.type === 'AWS::SNS::Topic') {
      const topic: SnsTopic = { ...base, kind: 'aws.sns.topic', kmsKey: text(reader.get('KmsMasterKeyId')), topicPolicies: [], servicePublishers: [] };
      return topic;
    }
    return undefined;
  },

  link(reader, links) {
    linkPolicies(reader, links);
    for (const queue of deadLetterTargets(reader, links)) queue.isDeadLetterQueue = true;
    for (const queue of lambdaPolledQueues(reader, links)) queue.polledByLambda = true;
    const published = servicePublished(reader, links);
    for (const topic of new Set(published?.topics)) topic.servicePublishers.push({ service: published!.service, name: reader.resource.logicalId });
  },
};
export default messaging;
