/** AWS-OPENSEARCH-ENCRYPTION-AT-REST in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'OpenSearch 域开启静态加密',
  problem: 'OpenSearch 域未开启静态加密',
  rationale:
    '静态加密用 KMS 密钥保护数据节点上的索引、自动快照、日志和交换文件，客户端无需任何改动。API 和 CloudFormation 默认不开启；而域里存放的是写入索引的数据副本，往往是从主存储复制来的个人数据或业务数据。',
  messages: {
    notSet: '{domain} 未设置 {property}，因此数据以未加密方式存储（默认值为 `false`）',
    off: '{domain} 的 {property} 为 `false`',
  },
  fixNotes: {
    'optional: a customer managed key instead of aws/es': '可选：用客户托管密钥代替 aws/es',
    optional: '可选',
  },
  checkedAgainst: '18cb5bc2a7a94e75',
});
