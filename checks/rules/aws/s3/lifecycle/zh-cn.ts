/** AWS-S3-LIFECYCLE in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'S3 存储桶配置了生命周期规则',
  problem: 'S3 存储桶没有生命周期规则',
  rationale:
    '没有生命周期配置时，每个对象都会永远留在 S3 Standard 存储类中，其中也包括被放弃的分段上传：它们照样计费，却不会出现在对象列表里。用规则把冷数据转换到更便宜的存储类，并让不再需要的数据过期，账单才能和数据的实际价值挂钩。',
  messages: {
    none: '存储桶 {bucket} 没有生命周期规则',
    allDisabled: '存储桶 {bucket} 的所有生命周期规则都已禁用',
  },
  fixNotes: {},
  checkedAgainst: '407a3977aa4b0f0f',
});
