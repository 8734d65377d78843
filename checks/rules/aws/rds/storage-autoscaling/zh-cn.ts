/** AWS-RDS-STORAGE-AUTOSCALING in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'RDS 实例自动扩展存储，而不是预先过量分配',
  problem: 'RDS 实例未开启存储自动扩展',
  rationale:
    'RDS 已分配的存储只能增加、不能缩减，所以没有自动扩展的实例往往在第一天就分配了好几年的余量，这些用不上的容量在实例整个生命周期里都被预留并计费。设置最大存储阈值后，RDS 会在可用空间不足时自动增加存储，实例可以从眼下数据所需的容量起步，随数据增长而增长。',
  messages: {
    notSet: '{database} 未设置 {property}，因此其存储不会自动增长',
    zero: '{database} 的 {property} 为 `0`，存储自动扩展因此关闭',
  },
  fixNotes: {
    'what the data needs now': '当前数据所需的容量',
    'ceiling RDS may grow to': 'RDS 最多可扩展到的上限',
  },
  checkedAgainst: '07e51ab1a28b58c6',
});
