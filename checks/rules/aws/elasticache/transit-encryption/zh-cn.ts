/** AWS-ELASTICACHE-TRANSIT-ENCRYPTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'ElastiCache 集群开启传输中加密',
  problem: 'ElastiCache 集群未开启传输中加密',
  rationale:
    '不开启传输中加密时，缓存数据、命令和 AUTH 令牌在客户端与节点之间、副本之间都以明文在网络上传输，路径上的任何一方都能读取或篡改。TLS 默认关闭；在 Redis OSS 和 Valkey 上，也只有开启了 TLS，AUTH 和基于角色的访问控制才真正有意义。',
  messages: {
    notSet: '{cache} 未设置 {property}，因此流量不加密（默认值为 `false`）',
    off: '{cache} 的 {property} 为 `false`',
  },
  fixNotes: {
    'Memcached 1.6.12+: AWS::ElastiCache::CacheCluster accepts TransitEncryptionEnabled: true': 'Memcached 1.6.12 及以上版本：AWS::ElastiCache::CacheCluster 可以设置 TransitEncryptionEnabled: true',
  },
  checkedAgainst: '32928f53ccaacca8',
});
