/** AWS-LOGS-RETENTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'CloudWatch 日志组让旧的日志事件过期',
  problem: 'CloudWatch 日志组永久保留日志事件',
  rationale:
    '没有设置 RetentionInDays 的日志组会永久保存每一条事件，即使日志早已没有用处，存储量、费用和需要保护的数据仍在无限增长。请按日志实际需要保存的时长设置保留期，必须保存更久的部分归档到 S3。',
  messages: {
    noRetention: '日志组 {group} 未设置 {property}，因此其中的事件永不过期',
  },
  fixNotes: {
    'one of 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, …': '取值之一：1、3、5、7、14、30、60、90、120、150、180、365、400、545、731……',
  },
  checkedAgainst: '34abe93a89053e15',
});
