/** AWS-OPENSEARCH-GRAVITON in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'OpenSearch 域的数据节点使用 Graviton 实例类型',
  problem: 'OpenSearch 域的数据节点在可以使用 Graviton 的地方使用了 x86 实例类型',
  rationale:
    'OpenSearch Service 提供 Graviton（arm64）数据节点类型（t4g、m6g、c6g、r6g 以及更新的 7g 和 8g 系列），每小时价格低于对应的 x86 类型，完成同样的工作耗能也更少。引擎由服务托管，因此迁移只是更改实例类型，由蓝绿部署完成，适用于任何 OpenSearch 版本和 Elasticsearch 7.10。',
  messages: {
    x86: '{domain} 的数据节点使用 {instanceType}（{property}）；可以考虑 Graviton 类型 {alternative}',
  },
  fixNotes: {
    'was r5.large.search; r7g and r8g where offered': '原为 r5.large.search；在提供的区域可选 r7g 和 r8g',
    'was r5.large.search': '原为 r5.large.search',
  },
  checkedAgainst: '63ddcee9d287a506',
});
