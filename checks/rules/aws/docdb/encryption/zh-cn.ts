/** AWS-DOCDB-ENCRYPTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'DocumentDB 集群加密存储',
  problem: 'DocumentDB 集群的存储未加密',
  rationale:
    '未加密的 DocumentDB 集群，其集群卷、自动备份、快照和副本都可能被拿到底层存储或共享快照的人读取。除非设置 StorageEncrypted，API 和 CloudFormation 创建的集群都不加密，而且现有集群无法就地加密：只能新建一个集群，用指定 KMS 密钥的快照恢复，或者导入导出的数据。',
  messages: {
    notSet: '{cluster} 未设置 {property}，因此其存储未加密（默认值为 `false`）',
    off: '{cluster} 的 {property} 为 `false`',
  },
  fixNotes: {
    'optional: a customer managed key instead of aws/rds': '可选：用客户托管密钥代替 aws/rds',
    optional: '可选',
  },
  checkedAgainst: '48802131e357c57c',
});
