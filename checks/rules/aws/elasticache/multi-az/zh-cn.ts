/** AWS-ELASTICACHE-MULTI-AZ in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'ElastiCache 集群能承受一个可用区的故障',
  problem: 'ElastiCache 集群无法承受一个可用区的故障',
  rationale:
    '只部署在一个可用区的缓存会随该可用区一起消失，随之而来的大量缓存未命中还可能把后面的数据库一并压垮。开启多可用区的 Redis OSS 和 Valkey 复制组，会自动把另一个可用区中的副本提升为主节点；Memcached 集群则应把节点分布到多个可用区，这样失去一个可用区只会丢掉一部分缓存。',
  messages: {
    groupNotSet: '{cache} 未设置 {property}，因此不会故障转移到另一个可用区（默认值为 `false`）',
    groupOff: '{cache} 的 {property} 为 `false`',
    memcachedNotSet: '{cache} 的所有节点都在同一个可用区中（{property} 默认为 `single-az`）',
    memcachedSingle: '{cache} 的 {property} 为 `single-az`',
    singleNode: '{cache} 是单个 {engine} 节点，没有可以故障转移的副本；请改用设置了 {property} 的复制组',
    singleCacheNode: '{cache} 是单个缓存节点，没有可以故障转移的副本；请改用设置了 {property} 的复制组',
  },
  fixNotes: {
    'a primary and at least one replica': '一个主节点，加上至少一个副本',
    'Memcached (AWS::ElastiCache::CacheCluster): AZMode: cross-az with NumCacheNodes >= 2': 'Memcached（AWS::ElastiCache::CacheCluster）：AZMode: cross-az，且 NumCacheNodes >= 2',
  },
  checkedAgainst: '76bc5037dab78454',
});
