/**
 * What keeps load off the slow parts: queues in front of slow work, a CDN in front of the entry points, and a
 * cache in front of the database. Presence is what the template can show; what goes through them is not.
 */
import { item, type ReadinessContext } from '../context.ts';
import type { ReadinessItem } from '../schema.ts';
import { both, code, count } from '../text.ts';

const names = (resources: { name: string }[]) => resources.map((resource) => code(resource.name)).join(', ');

function queues(ctx: ReadinessContext): ReadinessItem[] {
  const queues = ctx.model.of('aws.sqs.queue').filter((queue) => !queue.isDeadLetterQueue);
  const databases = [...ctx.model.of('aws.rds.instance'), ...ctx.model.of('aws.rds.cluster'), ...ctx.model.of('aws.dynamodb.table')];
  const title = both('A queue takes slow work off the request path', '有队列把耗时工作移出请求路径');
  if (queues.length > 0) return [item('queue-buffer', 'pass', queues[0], title, [both(`${count(queues.length, 'queue')}: ${names(queues)}`, `${queues.length} 个队列：${names(queues)}`)])];
  if (databases.length === 0) return [];
  return [
    item(
      'queue-buffer',
      'warn',
      databases[0],
      title,
      [both('no SQS queue in these files: every write waits for the database while the customer waits', '这些文件中没有 SQS 队列：每次写入都要等数据库完成，用户也在等待')],
      both(
        'Put a queue in front of slow or bursty work (order processing, e-mail, exports) so the peak is absorbed and worked off.',
        '请在耗时或突发的工作（订单处理、邮件、导出）前加队列，让峰值先被缓冲再逐步处理。',
      ),
    ),
  ];
}

function cdn(ctx: ReadinessContext): ReadinessItem[] {
  const distributions = ctx.model.of('aws.cloudfront.distribution');
  const entries = [...ctx.model.of('aws.elb.load-balancer'), ...ctx.model.of('aws.apigateway.stage')];
  const title = both('A CDN serves the hot paths', '热点路径由 CDN 提供');
  if (distributions.length > 0) {
    const fronted = entries.filter((entry) => distributions.some((distribution) => distribution.origins.includes(entry.address)));
    const line =
      fronted.length > 0
        ? both(`CloudFront ${names(distributions)} in front of ${names(fronted)}`, `CloudFront ${names(distributions)} 位于 ${names(fronted)} 之前`)
        : both(`CloudFront: ${names(distributions)}`, `CloudFront 分发：${names(distributions)}`);
    return [item('cdn', 'pass', distributions[0], title, [line])];
  }
  if (entries.length === 0) return [];
  return [
    item(
      'cdn',
      'warn',
      entries[0],
      title,
      [both(`no CloudFront distribution in these files; every request reaches ${names(entries)}`, `这些文件中没有 CloudFront 分发；所有请求都会到达 ${names(entries)}`)],
      both(
        'Put CloudFront in front, cache static assets and cacheable pages, and check the cache hit ratio in the load test.',
        '请在前面加 CloudFront，缓存静态资源和可缓存页面，并在压测中检查缓存命中率。',
      ),
    ),
  ];
}

function cache(ctx: ReadinessContext): ReadinessItem[] {
  const caches = ctx.model.of('aws.elasticache.cluster');
  const databases = [...ctx.model.of('aws.rds.instance').filter((instance) => !instance.clusterMember), ...ctx.model.of('aws.rds.cluster')];
  const title = both('A cache shields the database from repeated reads', '缓存为数据库挡住重复读取');
  if (caches.length > 0) return [item('cache', 'pass', caches[0], title, [both(`ElastiCache: ${names(caches)}`, `ElastiCache：${names(caches)}`)])];
  if (databases.length === 0) return [];
  return [
    item(
      'cache',
      'warn',
      databases[0],
      title,
      [both(`no ElastiCache cluster in these files; every read reaches ${names(databases)}`, `这些文件中没有 ElastiCache 集群；每次读取都会到达 ${names(databases)}`)],
      both('Cache hot reads (product pages, sessions, prices) in ElastiCache, or add read replicas for them.', '请用 ElastiCache 缓存热点读取（商品页、会话、价格），或为其增加只读副本。'),
    ),
  ];
}

export function buffers(ctx: ReadinessContext): ReadinessItem[] {
  return [...queues(ctx), ...cdn(ctx), ...cache(ctx)];
}
