/** AWS-RDS-ENCRYPTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'RDS 实例和集群加密其存储',
  problem: 'RDS 数据库的存储未加密',
  rationale:
    '未加密的 RDS 存储，连同其中的数据、自动备份、快照和只读副本，任何拿到底层存储或共享快照的人都能读取。加密只能在创建数据库时选择，无法原地开启：事后启用意味着要从加密的快照副本还原，所以应该在第一版模板里就写好。',
  messages: {
    notSet: '{database} 未设置 {property}，因此存储不加密（默认值为 `false`）',
    off: '{database} 的 {property} 为 `false`',
  },
  fixNotes: {
    'or AWS::RDS::DBCluster': '或 AWS::RDS::DBCluster',
    'optional: a customer managed key instead of aws/rds': '可选：用客户托管密钥代替 aws/rds',
    'or aws_rds_cluster': '或 aws_rds_cluster',
    optional: '可选',
  },
  checkedAgainst: '3ea45dd7d77d7257',
});
