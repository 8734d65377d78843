/** AWS-EC2-DEDICATED-TENANCY in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '除非许可证或合规规则要求，实例使用共享租赁',
  problem: 'EC2 实例、启动模板或 VPC 要求专用租赁',
  rationale:
    '专用实例运行在为单个账户保留的硬件上：每个实例的小时费率都高于同类型的共享租赁实例，而且只要某个区域中至少有一个专用实例在运行，就会额外收取固定的每小时专用费用。实例租赁设为专用的 VPC 会让启动到其中的每个实例都成为专用实例。只在软件许可证或合规规则要求单租户硬件时保留它，并在抑制说明中写明原因。',
  messages: {
    launcher: '{launcher} 的 {property} 为 `dedicated`，会产生专用实例的小时费率和区域费用',
    vpc: 'VPC {vpc} 的 {property} 为 `dedicated`，因此启动到其中的每个实例都是专用实例',
  },
  fixNotes: {
    'dedicated only where a licence or rule requires it': '仅在许可证或规则要求时使用 dedicated',
  },
  checkedAgainst: '39dcd027099bfe0c',
});
