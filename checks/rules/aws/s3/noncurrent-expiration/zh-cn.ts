/** AWS-S3-NONCURRENT-EXPIRATION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '启用了版本控制的 S3 存储桶让旧对象版本过期或归档',
  problem: '启用了版本控制的 S3 存储桶永久保留旧对象版本',
  rationale:
    '在启用了版本控制的存储桶里，每次覆盖都会保留先前的版本，除非有生命周期规则将其删除，否则它会永远占着磁盘、产生费用。在恢复窗口过后让非当前版本过期（或归档），既保留了版本控制带来的安全性，又不会让存储占用无限增长。',
  messages: {
    noRule: '存储桶 {bucket} 启用了版本控制，但没有任何生命周期规则让非当前版本过期或归档',
  },
  fixNotes: {},
  checkedAgainst: '04761b4b4cb58a98',
});
