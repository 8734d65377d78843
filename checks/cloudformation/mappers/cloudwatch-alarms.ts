/** CloudWatch metric alarms: the metrics they watch (one metric, or every metric of a metric-math alarm) and whom they tell. */
import type { MetricAlarm } from '../../model/aws/data.ts';
import type { ResourceBase } from '../../model/types.ts';
import { knownText } from '../evaluate.ts';
import type { CfnMapper } from '../mapper.ts';
import type { Cursor, ResourceReader } from '../read.ts';
import { referencesIn } from './support/value-origin.ts';

/** Resources of this stack named in a dimensions list (`Value: !Ref Queue`, `!GetAtt Alb.LoadBalancerFullName`). */
function subjectsOf(reader: ResourceReader, dimensions: Cursor): string[] {
  return reader.items(dimensions).flatMap((dimension) => {
    const value = reader.field(dimension, 'Value').value;
    if (!value) return [];
    return value.kind === 'ref' ? [value.resource] : referencesIn(value.node, reader.ctx.template).resources;
  });
}

function alarm(reader: ResourceReader, base: ResourceBase): MetricAlarm {
  const metrics: MetricAlarm['metrics'] = [];
  const subjects: string[] = [];
  if (reader.get('MetricName').value) {
    metrics.push({ namespace: knownText(reader.get('Namespace').value), metricName: knownText(reader.get('MetricName').value) });
    subjects.push(...subjectsOf(reader, reader.get('Dimensions')));
  }
  for (const query of reader.items(reader.get('Metrics'))) {
    const metric = reader.field(reader.field(query, 'MetricStat'), 'Metric');
    if (!metric.value) continue;
    metrics.push({ namespace: knownText(reader.field(metric, 'Namespace').value), metricName: knownText(reader.field(metric, 'MetricName').value) });
    subjects.push(...subjectsOf(reader, reader.field(metric, 'Dimensions')));
  }
  const actions = reader.get('AlarmActions').value;
  const notifies = actions !== undefined && (actions.kind !== 'seq' || actions.items.length > 0);
  return { ...base, kind: 'aws.cloudwatch.alarm', metrics, subjects: [...new Set(subjects)], notifies };
}

const cloudwatchAlarms: CfnMapper = {
  types: ['AWS::CloudWatch::Alarm'],
  kinds: ['aws.cloudwatch.alarm'],

  build(reader, base) {
    return reader.resource.type === 'AWS::CloudWatch::Alarm' ? alarm(reader, base) : undefined;
  },
};
export default cloudwatchAlarms;
