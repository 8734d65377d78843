/** CONTAINER-SECRET-IN-ENV in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '容器从机密存储获取机密，而不是使用字面量环境变量值',
  problem: '容器的机密以字面量形式写在环境变量中',
  rationale:
    '写在配置里的值会出现在配置所到的每一处：版本控制、CI 日志以及文件的每一份副本；任何能通过平台 API 读取工作负载定义的人也都能读到它。请把机密放在机密存储中，由平台注入容器，这样对它的访问可以单独授权、审计和轮换。',
  messages: {
    literal: '容器 {container} 的环境变量 {variable} 看起来是机密，却以字面量形式写出',
  },
  fixNotes: {
    'a Secret, or one synced from your secret store': '一个 Secret，或从机密存储同步而来的 Secret',
    'mounted at /run/secrets/db_password': '挂载到 /run/secrets/db_password',
    'kept out of version control': '不要提交到版本控制',
    'a Secrets Manager secret or SSM parameter ARN': 'Secrets Manager 机密或 SSM 参数的 ARN',
  },
  checkedAgainst: 'ab652bc3dec98760',
});
