/** AWS-LAMBDA-LOG-RETENTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Lambda 函数写入堆栈中声明的日志组',
  problem: 'Lambda 函数写入由 Lambda 创建、永不过期的日志组',
  rationale:
    '如果不存在名为 /aws/lambda/<函数名> 的日志组，LoggingConfig 也没有指定日志组，Lambda 会在第一次调用时在堆栈之外自行创建一个日志组，保留期为永不过期：它的存储会无限增长，而且在堆栈删除后依然存在。在模板中声明该日志组（或让 LoggingConfig.LogGroup 指向一个日志组），就能在模板里设置保留期，并随函数一起删除它。',
  messages: {
    implicit: '函数 {function} 没有 {property}，也没有以其命名的日志组，因此 Lambda 会创建一个永不过期的日志组',
  },
  fixNotes: {},
  checkedAgainst: '9fbcd637a3f635a9',
});
