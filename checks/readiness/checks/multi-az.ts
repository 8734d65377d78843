/**
 * Multi-AZ for every tier that must survive a zone: databases (a standby, a Multi-AZ DB cluster, or an Aurora
 * replica in another zone), caches (automatic failover or nodes across zones), and the zones compute runs in.
 */
import type { Attr, ResourceBase } from '../../model/types.ts';
import { item, type ReadinessContext } from '../context.ts';
import type { LocalizedText, ReadinessItem } from '../schema.ts';
import { both, code, count as plural, num } from '../text.ts';

const title = (name: string) => both(`${code(name)} survives the loss of one Availability Zone`, `${code(name)} 能承受一个可用区故障`);
const unknown = both('cannot be told before deployment', '部署前无法确定');

function flag(resource: ResourceBase, attr: Attr<boolean>, yes: LocalizedText, no: LocalizedText, advice: LocalizedText): ReadinessItem {
  if (attr.state === 'unknown') return item('multi-az', 'warn', resource, title(resource.name), [unknown], advice);
  const on = attr.state === 'known' && attr.value;
  return item('multi-az', on ? 'pass' : 'fail', resource, title(resource.name), [on ? yes : no], advice);
}

function zones(resource: ResourceBase, count: Attr<number>, advice: LocalizedText): ReadinessItem | undefined {
  if (count.state === 'absent') return undefined;
  if (count.state === 'unknown') return item('multi-az', 'warn', resource, title(resource.name), [unknown], advice);
  const line = both(`runs in ${plural(count.value, 'subnet')}, so in at most ${plural(count.value, 'zone')}`, `运行在 ${num(count.value)} 个子网中，即最多 ${num(count.value)} 个可用区`);
  return item('multi-az', count.value >= 2 ? 'pass' : 'fail', resource, title(resource.name), [line], advice);
}

export function multiAz(ctx: ReadinessContext): ReadinessItem[] {
  const items: ReadinessItem[] = [];
  const instances = ctx.model.of('aws.rds.instance');
  const databaseAdvice = both(
    'Turn on Multi-AZ (or add a replica in another zone) before the event; the change can take a while on a large database.',
    '请在活动前开启多可用区（或在另一个可用区增加副本）；大型数据库上这一变更可能需要较长时间。',
  );
  for (const instance of instances) {
    if (instance.clusterMember || instance.readReplica) continue;
    items.push(
      flag(
        instance,
        instance.multiAz,
        both('MultiAZ keeps a standby in another zone', 'MultiAZ 在另一个可用区保留备用实例'),
        both('MultiAZ is off: one zone lost, the database is down', 'MultiAZ 未开启：一个可用区故障，数据库就会中断'),
        databaseAdvice,
      ),
    );
  }
  for (const cluster of ctx.model.of('aws.rds.cluster')) {
    if (cluster.multiAzDbCluster) {
      items.push(
        item('multi-az', 'pass', cluster, title(cluster.name), [
          both('a Multi-AZ DB cluster runs a writer and two readers in three zones', '多可用区数据库集群在三个可用区中运行一个写入实例和两个读取实例'),
        ]),
      );
      continue;
    }
    const members = instances.filter((instance) => instance.cluster === cluster.name).length;
    const line = both(`${plural(members, 'instance')} in the cluster; failover needs a replica in another zone`, `集群中有 ${num(members)} 个实例；故障转移需要另一个可用区中的只读副本`);
    items.push(item('multi-az', members >= 2 ? 'pass' : 'fail', cluster, title(cluster.name), [line], databaseAdvice));
  }
  for (const cache of ctx.model.of('aws.elasticache.cluster'))
    items.push(
      flag(
        cache,
        cache.multiAz,
        both('Multi-AZ with automatic failover (or nodes across zones)', '开启了多可用区自动故障转移（或节点分布在多个可用区）'),
        both('a single zone holds the cache: losing it empties the cache and sends every read to the database', '缓存只在一个可用区：该可用区故障会清空缓存，所有读取都会打到数据库'),
        both(
          'Use a replication group with a replica in another zone and `MultiAZEnabled: true` (Memcached: `AZMode: cross-az`).',
          '请使用在另一个可用区有副本的复制组，并设置 `MultiAZEnabled: true`（Memcached 设置 `AZMode: cross-az`）。',
        ),
      ),
    );
  const computeAdvice = both('Spread it over subnets in at least two (better three) Availability Zones.', '请把它分布到至少两个（最好三个）可用区的子网中。');
  for (const group of ctx.model.of('aws.autoscaling.group')) {
    const found = zones(group, group.zoneCount, computeAdvice);
    if (found) items.push(found);
  }
  for (const service of ctx.model.of('aws.ecs.service')) {
    const found = zones(service, service.zoneCount, computeAdvice);
    if (found) items.push(found);
  }
  return items;
}
