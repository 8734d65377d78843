/**
 * RDS and Aurora connection limits against the connections the peak opens: instances needed × pool size (or, for
 * Lambda, one connection per concurrent execution), and whether an RDS Proxy pools them in front.
 */
import type { RdsCluster, RdsInstance } from '../../model/aws/data.ts';
import type { Attr } from '../../model/types.ts';
import { capacityStatus, item, worst, type ReadinessContext } from '../context.ts';
import { headroom } from '../defaults.ts';
import { defaultMaxConnections, type ConnectionLimit } from '../instance-classes.ts';
import type { LocalizedText, ReadinessItem, ReadinessStatus } from '../schema.ts';
import { both, code, num } from '../text.ts';

/** Connections the peak opens, and the line that shows how. */
function expectedConnections(ctx: ReadinessContext): { connections: number; line: LocalizedText } {
  const servers = ctx.model.of('aws.autoscaling.group').length + ctx.model.of('aws.ecs.service').length > 0;
  if (!servers && ctx.model.of('aws.lambda.function').length > 0)
    return {
      connections: ctx.lambdaConcurrency,
      line: both(
        `${num(ctx.lambdaConcurrency)} concurrent Lambda executions × 1 connection each = ${num(ctx.lambdaConcurrency)} connections`,
        `${num(ctx.lambdaConcurrency)} 个 Lambda 并发执行 × 每个 1 个连接 = ${num(ctx.lambdaConcurrency)} 个连接`,
      ),
    };
  const connections = ctx.instancesNeeded * ctx.connectionsPerInstance;
  return {
    connections,
    line: both(
      `${num(ctx.instancesNeeded)} instances × ${num(ctx.connectionsPerInstance)} connections each = ${num(connections)} connections`,
      `${num(ctx.instancesNeeded)} 个实例 × 每个 ${num(ctx.connectionsPerInstance)} 个连接 = ${num(connections)} 个连接`,
    ),
  };
}

/** The limit of one instance class: `max_connections` from a parameter group, else the engine's default for the class. */
function limitOf(engine: string | undefined, instanceClass: Attr<string>, parameter: Attr<number>): ConnectionLimit | undefined {
  if (parameter.state === 'known') return { value: parameter.value, formula: { en: 'max_connections in the parameter group', zh: '参数组中的 max_connections' } };
  if (parameter.state === 'unknown' || engine === undefined || instanceClass.state !== 'known') return undefined;
  return defaultMaxConnections(engine, instanceClass.value);
}

interface Tier {
  resource: RdsInstance | RdsCluster;
  engine: string | undefined;
  limits: (ConnectionLimit | undefined)[];
  behindProxy: boolean;
}

/** Standalone primaries, and clusters with the classes of their members (any member may become the writer). */
function tiers(ctx: ReadinessContext): Tier[] {
  const instances = ctx.model.of('aws.rds.instance');
  const result: Tier[] = [];
  for (const cluster of ctx.model.of('aws.rds.cluster')) {
    const engine = cluster.engine.state === 'known' ? cluster.engine.value : undefined;
    const members = instances.filter((instance) => instance.cluster === cluster.name);
    const limits = cluster.multiAzDbCluster
      ? [limitOf(engine, cluster.instanceClass, cluster.maxConnections)]
      : members.map((member) => limitOf(engine, member.instanceClass, member.maxConnections.state === 'absent' ? cluster.maxConnections : member.maxConnections));
    result.push({ resource: cluster, engine, limits: limits.length > 0 ? limits : [undefined], behindProxy: cluster.behindProxy || members.some((member) => member.behindProxy) });
  }
  for (const instance of instances) {
    if (instance.clusterMember || instance.readReplica) continue;
    const engine = instance.engine.state === 'known' ? instance.engine.value : undefined;
    result.push({ resource: instance, engine, limits: [limitOf(engine, instance.instanceClass, instance.maxConnections)], behindProxy: instance.behindProxy });
  }
  return result;
}

function tierItem(ctx: ReadinessContext, tier: Tier, expected: { connections: number; line: LocalizedText }): ReadinessItem {
  const name = tier.resource.name;
  const title = both(`Database ${code(name)} accepts the connections of the peak`, `数据库 ${code(name)} 能接受峰值时的连接数`);
  const proxyLine = tier.behindProxy ? both('an RDS Proxy pools connections in front of it', '前面有 RDS Proxy 汇集连接') : both('no RDS Proxy in front of it', '前面没有 RDS Proxy');
  const known = tier.limits.filter((limit): limit is ConnectionLimit => limit !== undefined);
  if (known.length === 0)
    return item(
      'database-connections',
      'warn',
      tier.resource,
      title,
      [
        expected.line,
        both('the connection limit cannot be told from the template (engine, class or max_connections unknown)', '无法从模板判断连接上限（引擎、实例类型或 max_connections 未知）'),
        proxyLine,
      ],
      both('Check max_connections on the running database (SHOW max_connections) against the number above.', '请在运行中的数据库上查询 max_connections，并与上面的数字比较。'),
    );
  const limit = known.reduce((low, candidate) => (candidate.value < low.value ? candidate : low));
  const lines = [
    expected.line,
    both(
      `max_connections = ${limit.formula.en} = ${num(limit.value)}; ${num(expected.connections)} × ${headroom} headroom = ${num(Math.ceil(expected.connections * headroom))}`,
      `max_connections = ${limit.formula.zh} = ${num(limit.value)}；${num(expected.connections)} × ${headroom}（余量）= ${num(Math.ceil(expected.connections * headroom))}`,
    ),
    proxyLine,
  ];
  let status: ReadinessStatus = capacityStatus(limit.value, expected.connections);
  // A proxy queues what the database cannot take instead of refusing it: slower, not broken.
  if (tier.behindProxy && status === 'fail') status = 'warn';
  const lambdaOnly = ctx.model.of('aws.lambda.function').length > 0 && ctx.model.of('aws.autoscaling.group').length + ctx.model.of('aws.ecs.service').length === 0;
  if (lambdaOnly && !tier.behindProxy) status = worst(status, 'warn');
  return item(
    'database-connections',
    status,
    tier.resource,
    title,
    lines,
    both(
      `Put an RDS Proxy in front, shrink the pools, or move to a class with max_connections of at least ${num(Math.ceil(expected.connections * headroom))}.`,
      `请在前面加 RDS Proxy、缩小连接池，或换成 max_connections 至少为 ${num(Math.ceil(expected.connections * headroom))} 的实例类型。`,
    ),
  );
}

export function databaseConnections(ctx: ReadinessContext): ReadinessItem[] {
  const found = tiers(ctx);
  if (found.length === 0) return [];
  const expected = expectedConnections(ctx);
  return found.map((tier) => tierItem(ctx, tier, expected));
}
