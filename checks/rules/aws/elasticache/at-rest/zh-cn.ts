/** AWS-ELASTICACHE-AT-REST in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'ElastiCache 复制组开启静态加密',
  problem: 'ElastiCache 复制组未开启静态加密',
  rationale:
    '不开启静态加密时，Redis OSS 复制组在同步、交换和备份过程中写入磁盘的数据，以及保存在 Amazon S3 中的备份，都以未加密的形式存储。这项设置只能在创建复制组时选择，Redis OSS 默认关闭；Valkey 复制组和无服务器缓存则默认加密；Memcached 集群不提供这项功能。',
  messages: {
    notSet: '{cache} 未设置 {property}，因此其磁盘和备份未加密（Redis OSS 的默认值为 `false`）',
    off: '{cache} 的 {property} 为 `false`',
  },
  fixNotes: {
    'optional: a customer managed key': '可选：使用客户托管密钥',
    optional: '可选',
  },
  checkedAgainst: '41d04a7574546a22',
});
