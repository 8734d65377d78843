/** AWS-ASG-MULTI-AZ in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Auto Scaling 组至少跨两个可用区',
  problem: 'Auto Scaling 组只能在一个可用区中启动实例',
  rationale:
    '局限在单个可用区（只配置了一个可用区或一个子网）的 Auto Scaling 组，一旦该可用区受损就会失去全部实例，也无法在别处重新启动它们。跨两个或更多可用区时，组会自动把容量重新平衡到运行正常的可用区。',
  messages: {
    oneZone: 'Auto Scaling 组 {group} 只能在一个可用区中启动实例（只配置了一个子网或一个可用区）',
  },
  fixNotes: {
    'one subnet per Availability Zone': '每个可用区一个子网',
  },
  checkedAgainst: 'f2116bb14629b024',
});
