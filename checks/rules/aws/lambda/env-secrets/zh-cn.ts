/** AWS-LAMBDA-ENV-SECRETS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Lambda 函数不在明文环境变量中存放机密信息',
  problem: 'Lambda 函数把机密放在明文环境变量中',
  rationale:
    '环境变量会显示在 Lambda 控制台中，任何有读取权限的人调用 GetFunctionConfiguration 都能拿到；写在模板里的值（或通过未设置 NoEcho 的参数传入的值）还会留存在模板、堆栈参数和版本控制系统中。请把机密信息存放在 Secrets Manager 或 SSM Parameter Store 中，只传入它的名称或 ARN，或者通过动态引用来解析。',
  messages: {
    literal: '函数 {function} 的环境变量 {variable} 看起来是机密，却以明文写在模板中',
    parameter: '函数 {function} 的环境变量 {variable} 看起来是机密，却来自未设置 `NoEcho` 的模板参数',
  },
  fixNotes: {
    'the function reads the secret at run time': '函数在运行时读取机密',
    "or, if the value must be an environment variable:\n    DB_PASSWORD: '{{resolve:secretsmanager:prod/db:SecretString:password}}'":
      "或者，如果这个值必须放在环境变量中：\n    DB_PASSWORD: '{{resolve:secretsmanager:prod/db:SecretString:password}}'",
    'read the secret at run time': '在运行时读取机密',
  },
  checkedAgainst: 'db96f5292a6410e9',
});
