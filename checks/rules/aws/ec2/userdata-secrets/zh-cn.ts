/** AWS-EC2-USERDATA-SECRETS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'EC2 用户数据和 cfn-init 元数据中不含机密',
  problem: 'EC2 用户数据或 cfn-init 元数据中写入了机密',
  rationale:
    '用户数据随实例以明文保存：拥有 ec2:DescribeInstanceAttribute 权限的人都能读取，实例上的任何进程也能通过实例元数据服务读到它。cfn-init 元数据由 DescribeStackResource 返回，其中的参数已被解析，而 NoEcho 不会屏蔽 Metadata 部分使用的值。请让启动脚本借助实例角色，在运行时从 Secrets Manager 或 SSM Parameter Store 获取机密。',
  messages: {
    assignment: '{launcher} 的 {property} 以明文为 {name} 赋值',
    privateKey: '{launcher} 的 {property} 中包含私钥（{name}）',
    secretInput: '{launcher} 的 {property} 把机密 {name} 写进了文本，机密在此不再被屏蔽',
    secretReference: '{launcher} 的 {property} 把机密 {name} 解析进了文本，机密在此不再被屏蔽',
  },
  fixNotes: {
    '!/bin/bash': '!/bin/bash',
    'a role allowed secretsmanager:GetSecretValue on this secret': '该角色只被允许对这个机密执行 secretsmanager:GetSecretValue',
    'fetch the secret at boot; only its name is written here': '在启动时获取机密；这里只写它的名称',
    'a role allowed to read this secret': '该角色只被允许读取这个机密',
    'fetch the secret at boot; only its ARN is written here': '在启动时获取机密；这里只写它的 ARN',
  },
  checkedAgainst: 'dcaa42fb4e2d9add',
});
