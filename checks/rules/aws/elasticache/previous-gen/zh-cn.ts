/** AWS-ELASTICACHE-PREVIOUS-GEN in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'ElastiCache 集群使用当前一代节点类型',
  problem: 'ElastiCache 集群使用上一代节点类型',
  rationale:
    'cache.m3、cache.r3、cache.t1 等上一代节点类型运行在较旧的硬件上，内存容量、内存带宽和网络吞吐量都不及当前一代，每 GiB 内存的价格却更高。较新的引擎版本和功能也往往不在这些节点类型上提供。',
  messages: {
    previous: '{cache} 使用上一代节点类型 {nodeType}',
  },
  fixNotes: {
    'was cache.r3.large': '原为 cache.r3.large',
  },
  checkedAgainst: '0d7dba3e8809dabb',
});
