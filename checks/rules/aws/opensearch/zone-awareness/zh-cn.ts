/** AWS-OPENSEARCH-ZONE-AWARENESS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'OpenSearch 域的数据节点分布在多个可用区',
  problem: 'OpenSearch 域的所有数据节点都在同一个可用区',
  rationale:
    '不开启可用区感知时，OpenSearch Service 会把所有数据节点放在同一个可用区，一次可用区故障就会让整个域下线；开启后，节点分布在两个或三个可用区，副本分片与主分片也会放在不同的可用区。域默认只有一个数据节点，而单个节点根本无处存放副本，任何节点故障都意味着停机，甚至可能丢失数据。',
  messages: {
    singleNodeDefault: '{domain} 未设置 {property}，因此只运行一个数据节点（默认值为 1）',
    singleNode: '{domain} 的 {property} 为 {count}：单个数据节点无法扛过节点或可用区故障',
    zoneAwarenessNotSet: '{domain} 运行 {count} 个数据节点，但未设置 {property}，这些节点都位于同一个可用区（默认值为 `false`）',
    zoneAwarenessOff: '{domain} 的 {property} 为 `false`，其 {count} 个数据节点都位于同一个可用区',
  },
  fixNotes: {
    'a multiple of the zone count': '取可用区数量的整数倍',
    '2 or 3; give every index at least one replica': '2 或 3；每个索引至少配置一个副本',
  },
  checkedAgainst: 'f927f90eae286f64',
});
