/** AWS-RDS-DELETION-PROTECTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'RDS 数据库开启删除保护',
  problem: 'RDS 数据库未开启删除保护',
  rationale:
    '开启删除保护后，无论删除请求来自控制台、脚本，还是一次会替换或移除该数据库的堆栈更新，RDS 都会拒绝执行，直到有人有意关闭这项设置。它不产生任何费用，却能把一次无法挽回的失误变成一次失败的 API 调用。',
  messages: {
    notSet: '{database} 未设置 {property}（默认关闭）',
    off: '{database} 的 {property} 为 `false`',
  },
  fixNotes: {
    'or AWS::RDS::DBCluster': '或 AWS::RDS::DBCluster',
    'or aws_rds_cluster': '或 aws_rds_cluster',
  },
  checkedAgainst: '4733323d78c18170',
});
