/** AWS-ELASTICACHE-GRAVITON in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'ElastiCache 集群使用 Graviton 节点类型',
  problem: 'ElastiCache 集群在可以使用 Graviton 的地方使用了 x86 节点类型',
  rationale:
    'Graviton（arm64）节点类型运行 Valkey、Redis OSS 和 Memcached，性价比高于它们所替代的 x86 类型，完成同样的工作耗能也更少。引擎由 ElastiCache 托管，所以迁移只是更换节点类型，通过一次扩缩操作完成，无需改代码。',
  messages: {
    x86: '{cache} 使用 {nodeType}；可以考虑 Graviton 节点类型 {alternative}',
  },
  fixNotes: {
    'was cache.m5.large': '原为 cache.m5.large',
  },
  checkedAgainst: 'da1015dd8cb3cd98',
});
