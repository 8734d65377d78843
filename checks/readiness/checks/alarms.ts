/**
 * Alarms on the metrics that show an event going wrong: load balancer errors and latency, database load, queue
 * age, throttling. A tier passes when an alarm of this stack watches one of its key metrics and tells someone.
 */
import type { MetricAlarm } from '../../model/aws/data.ts';
import type { ResourceBase } from '../../model/types.ts';
import { item, type ReadinessContext } from '../context.ts';
import type { LocalizedText, ReadinessItem } from '../schema.ts';
import { both, code } from '../text.ts';

interface KeyMetric {
  /** What it shows, in both languages. */
  label: LocalizedText;
  namespace: string;
  metrics: string[];
}

interface Tier {
  resources: ResourceBase[];
  wanted: KeyMetric[];
  /** Logical ids an alarm's dimensions may name for this tier: its resources, and an Aurora cluster's members. */
  names?: string[];
}

const metric = (en: string, zh: string, namespace: string, ...metrics: string[]): KeyMetric => ({ label: both(en, zh), namespace, metrics });

function tiers(ctx: ReadinessContext): Tier[] {
  const { model } = ctx;
  const albs = model.of('aws.elb.load-balancer').filter((lb) => lb.type === 'application');
  const classic = model.of('aws.elb.load-balancer').filter((lb) => lb.type === 'classic');
  const databases = [...model.of('aws.rds.cluster'), ...model.of('aws.rds.instance').filter((instance) => !instance.clusterMember)];
  return [
    {
      resources: albs,
      wanted: [
        metric('load balancer 5xx', '负载均衡器 5xx', 'AWS/ApplicationELB', 'HTTPCode_ELB_5XX_Count', 'HTTPCode_Target_5XX_Count'),
        metric('load balancer latency', '负载均衡器延迟', 'AWS/ApplicationELB', 'TargetResponseTime'),
      ],
    },
    {
      resources: classic,
      wanted: [metric('load balancer 5xx', '负载均衡器 5xx', 'AWS/ELB', 'HTTPCode_ELB_5XX', 'HTTPCode_Backend_5XX'), metric('load balancer latency', '负载均衡器延迟', 'AWS/ELB', 'Latency')],
    },
    {
      resources: model.of('aws.apigateway.stage'),
      wanted: [metric('API 5xx', 'API 5xx', 'AWS/ApiGateway', '5XXError', '5xx'), metric('API latency', 'API 延迟', 'AWS/ApiGateway', 'Latency', 'IntegrationLatency')],
    },
    { resources: model.of('aws.cloudfront.distribution'), wanted: [metric('CDN error rate', 'CDN 错误率', 'AWS/CloudFront', '5xxErrorRate', 'TotalErrorRate')] },
    {
      resources: databases,
      names: [
        ...databases.map((database) => database.name),
        ...model
          .of('aws.rds.instance')
          .filter((instance) => instance.cluster !== undefined)
          .map((instance) => instance.name),
      ],
      wanted: [metric('database CPU or connections', '数据库 CPU 或连接数', 'AWS/RDS', 'CPUUtilization', 'DatabaseConnections', 'FreeableMemory')],
    },
    {
      resources: model.of('aws.sqs.queue').filter((queue) => !queue.isDeadLetterQueue),
      wanted: [metric('age of the oldest message', '最早消息的等待时间', 'AWS/SQS', 'ApproximateAgeOfOldestMessage')],
    },
    { resources: model.of('aws.lambda.function'), wanted: [metric('Lambda throttles or errors', 'Lambda 限流或错误', 'AWS/Lambda', 'Throttles', 'Errors', 'ConcurrentExecutions')] },
    {
      resources: model.of('aws.dynamodb.table'),
      wanted: [metric('DynamoDB throttling', 'DynamoDB 限流', 'AWS/DynamoDB', 'WriteThrottleEvents', 'ReadThrottleEvents', 'ThrottledRequests', 'SystemErrors')],
    },
    {
      resources: model.of('aws.elasticache.cluster'),
      wanted: [metric('cache CPU, memory or evictions', '缓存 CPU、内存或驱逐', 'AWS/ElastiCache', 'EngineCPUUtilization', 'CPUUtilization', 'DatabaseMemoryUsagePercentage', 'Evictions')],
    },
  ].filter((tier) => tier.resources.length > 0);
}

/**
 * An alarm watches a tier when it reads one of the tier's key metrics and its dimensions name one of the tier's
 * resources, or name nothing of this stack (a literal name, a whole-Region metric): then it is given the benefit.
 */
function watches(alarm: MetricAlarm, wanted: KeyMetric, tier: Tier): boolean {
  const names = tier.names ?? tier.resources.map((resource) => resource.name);
  const metric = alarm.metrics.some((m) => m.namespace === wanted.namespace && m.metricName !== undefined && wanted.metrics.includes(m.metricName));
  return metric && (alarm.subjects.length === 0 || alarm.subjects.some((subject) => names.includes(subject)));
}

export function alarms(ctx: ReadinessContext): ReadinessItem[] {
  const all = ctx.model.of('aws.cloudwatch.alarm');
  return tiers(ctx).map((tier) => {
    const lines: LocalizedText[] = [];
    let missing = false;
    for (const wanted of tier.wanted) {
      const watching = all.filter((alarm) => watches(alarm, wanted, tier));
      const notifying = watching.filter((alarm) => alarm.notifies);
      if (notifying.length > 0)
        lines.push(both(`${wanted.label.en}: ${notifying.map((alarm) => code(alarm.name)).join(', ')}`, `${wanted.label['zh-cn']}：${notifying.map((alarm) => code(alarm.name)).join('、')}`));
      else {
        missing = true;
        lines.push(
          watching.length > 0
            ? both(
                `${wanted.label.en}: ${watching.map((alarm) => code(alarm.name)).join(', ')} notifies nobody (no AlarmActions)`,
                `${wanted.label['zh-cn']}：${watching.map((alarm) => code(alarm.name)).join('、')} 没有通知任何人（没有 AlarmActions）`,
              )
            : both(`${wanted.label.en}: no alarm (${wanted.namespace} ${wanted.metrics.join(' / ')})`, `${wanted.label['zh-cn']}：没有警报（${wanted.namespace} ${wanted.metrics.join(' / ')}）`),
        );
      }
    }
    const first = tier.resources[0]!;
    const names = tier.resources.map((resource) => code(resource.name));
    return item(
      'alarms',
      missing ? 'warn' : 'pass',
      first,
      both(`Alarms watch ${names.join(', ')}`, `有警报监控 ${names.join('、')}`),
      lines,
      both(
        'Add CloudWatch alarms on these metrics with an action that pages the on-call engineer, and test them before the event.',
        '请为这些指标添加 CloudWatch 警报，并配置能呼叫值班工程师的动作，在活动前完成测试。',
      ),
    );
  });
}
