/** AWS-S3-VERSIONING in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'S3 存储桶保留对象版本',
  problem: 'S3 存储桶未保留对象版本',
  rationale: '没有版本控制时，一次覆盖或删除（无论是程序缺陷、人为操作还是勒索软件所致）都会毁掉对象唯一的副本。版本控制让之前的版本可以恢复；请配合让旧版本过期的生命周期规则使用，以免存储无限增长。',
  messages: {
    notEnabled: '存储桶 {bucket} 未启用版本控制',
    suspended: '存储桶 {bucket} 的版本控制已暂停',
  },
  fixNotes: {},
  checkedAgainst: '54e5d2f3c5acc4b6',
});
