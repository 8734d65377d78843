/** AWS-OPENSEARCH-NODE-TO-NODE in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'OpenSearch 域加密节点之间的流量',
  problem: 'OpenSearch 域的节点之间以明文传输数据',
  rationale:
    '节点到节点加密为域内各节点在 VPC 中交换的流量加上 TLS：分片复制、恢复以及分发到各节点的搜索请求都包括在内。它默认关闭，细粒度访问控制要求开启它，并且需要 Elasticsearch 6.0 或更高版本（OpenSearch 各版本均支持）。',
  messages: {
    notSet: '{domain} 未设置 {property}，因此节点之间的流量未加密（默认值为 `false`）',
    off: '{domain} 的 {property} 为 `false`',
  },
  fixNotes: {},
  checkedAgainst: '38584233c7e4b8c4',
});
