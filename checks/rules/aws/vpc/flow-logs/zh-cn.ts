/** AWS-VPC-FLOW-LOGS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'VPC 开启了流日志',
  problem: 'VPC 没有流日志',
  rationale: 'VPC 流日志记录 VPC 中每个网络接口上被接受和被拒绝的连接。没有流日志，排查安全组和路由问题、事后调查可疑流量时都无据可查，而且流日志无法追溯补录。',
  messages: {
    noFlowLog: 'VPC {vpc} 在本堆栈中没有流日志',
  },
  fixNotes: {},
  checkedAgainst: '18349b18b9731a17',
});
