/** AWS-LAMBDA-RESERVED-CONCURRENCY in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Lambda 函数预留所需的并发',
  problem: 'Lambda 函数没有预留并发',
  rationale:
    '未预留并发的函数共用同一账户在同一区域内的并发执行池，一个函数的突发流量或重试风暴就可能占满整个池，使其他所有函数都被限流。预留并发既保证函数能拿到自己的份额，也限制它最多能占用多少，同时保护它所调用的数据库和 API。',
  messages: {
    notSet: '函数 {function} 未设置 {property}，因此要与其他所有函数争用账户在该区域的并发',
  },
  fixNotes: {
    'or AWS::Serverless::Function (also under Globals)': '或 AWS::Serverless::Function（也可写在 Globals 下）',
    'from peak requests per second × average duration in seconds': '按峰值每秒请求数 × 平均执行时长（秒）估算',
    'peak requests per second × duration in seconds; -1 means none': '峰值每秒请求数 × 执行时长（秒）；-1 表示不预留',
  },
  checkedAgainst: '0a1ea5c7e8cd868f',
});
