/** AWS-EBS-UNATTACHED-VOLUME in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'EBS 卷挂载到实例',
  problem: 'EBS 卷未挂载到任何实例',
  rationale:
    '无论是否有实例在使用，EBS 卷都按其预置的容量（以及 IOPS 和吞吐量）计费。堆栈创建了卷、却从未通过卷挂载资源或实例的 Volumes 条目挂载它，就是花钱却毫无用处；通过其他方式（用户数据、自定义资源）挂载的卷不在此列。',
  messages: {
    unattached: 'EBS 卷 {volume} 未挂载到本堆栈中的任何实例',
  },
  fixNotes: {},
  checkedAgainst: 'ea5b60d76fff99bf',
});
