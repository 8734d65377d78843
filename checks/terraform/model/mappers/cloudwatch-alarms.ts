/**
 * `aws_cloudwatch_metric_alarm`: the metrics it watches (one metric, or every metric of its `metric_query`
 * blocks), the resources of the input its dimensions name, and whether its `alarm_actions` tell anyone.
 */
import type { MetricAlarm } from '../../../model/aws/data.ts';
import { valueOrUndefined } from '../../../model/types.ts';
import type { Mapper } from '../../../read/build.ts';
import { text } from '../../../read/convert.ts';
import type { Cursor, TfReader } from '../reader.ts';
import { mentionMatches, mentionsIn } from '../references.ts';

/** The metric blocks the alarm reads: its own settings when it names a metric, and each query's `metric` block. */
function metricBlocks(reader: TfReader): Cursor[] {
  const own = reader.get('metric_name').value === undefined ? [] : [reader.properties];
  const queries = reader.blocks(reader.get('metric_query')).map((query) => reader.field(query, 'metric'));
  return [...own, ...queries.filter((metric) => metric.value !== undefined)];
}

function notifies(reader: TfReader): boolean {
  const actions = reader.get('alarm_actions').value;
  return actions !== undefined && (actions.kind !== 'seq' || actions.items.length > 0);
}

const cloudwatchAlarms: Mapper<TfReader> = {
  types: ['aws_cloudwatch_metric_alarm'],
  kinds: ['aws.cloudwatch.alarm'],

  build(reader, base) {
    const metrics = metricBlocks(reader).map((metric) => ({
      namespace: valueOrUndefined(text(reader.field(metric, 'namespace'))),
      metricName: valueOrUndefined(text(reader.field(metric, 'metric_name'))),
    }));
    const alarm: MetricAlarm = { ...base, kind: 'aws.cloudwatch.alarm', metrics, subjects: [], notifies: notifies(reader) };
    return alarm;
  },

  /** Subjects are the model names of the resources a dimension names (`LoadBalancer = aws_lb.web.arn_suffix`). */
  link(reader, links) {
    const alarm = links.resource(reader.resource.address);
    if (alarm?.kind !== 'aws.cloudwatch.alarm') return;
    const mentioned = metricBlocks(reader).flatMap((metric) => reader.entries(reader.field(metric, 'dimensions')).flatMap(({ cursor }) => mentionsIn(reader, cursor)));
    if (mentioned.length === 0) return;
    const subjects = links.model.resources.filter((resource) => mentioned.some((mention) => mentionMatches(mention, resource.address))).map((resource) => resource.name);
    alarm.subjects = [...new Set(subjects)];
  },
};
export default cloudwatchAlarms;
