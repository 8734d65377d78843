/** AWS-LOGS-KMS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'CloudWatch 日志组使用 KMS 密钥加密日志数据',
  problem: 'CloudWatch 日志组未使用 KMS 密钥加密',
  rationale:
    'CloudWatch Logs 始终使用服务托管的密钥对静态日志数据加密；客户托管的 KMS 密钥还能控制谁可以解密、记录每一次使用，并能通过禁用密钥让数据无法读取。对可能包含个人数据、令牌或请求正文的日志组，这样做是值得的；密钥策略必须允许所在区域的日志服务主体使用该密钥。',
  messages: {
    notSet: '日志组 {group} 未设置 {property}，因此只有服务托管的密钥保护它',
  },
  fixNotes: {
    'key policy must allow logs.<region>.amazonaws.com': '密钥策略必须允许 logs.<region>.amazonaws.com',
  },
  checkedAgainst: '47083b0794619f4b',
});
