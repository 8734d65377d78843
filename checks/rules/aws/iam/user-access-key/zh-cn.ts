/** AWS-IAM-USER-ACCESS-KEY in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '堆栈不创建长期有效的 IAM 用户访问密钥',
  problem: '堆栈创建了长期有效的 IAM 用户访问密钥',
  rationale:
    'IAM 用户访问密钥本身永不过期：在有人轮换或删除之前一直有效，一旦泄露，在任何地方都能使用。运行在 AWS 上的工作负载应使用 IAM 角色，人员和外部系统应通过 IAM Identity Center 或 OIDC 联合身份获取临时凭据。由堆栈创建的密钥，还会暴露给任何能读取堆栈输出、或能读取接收该密钥的资源的人。',
  messages: {
    active: '访问密钥 {key} 是 IAM 用户的有效长期凭据',
  },
  fixNotes: {
    'Instead of AWS::IAM::User + AWS::IAM::AccessKey, give the workload a role:': '不要用 AWS::IAM::User + AWS::IAM::AccessKey，改为给工作负载一个角色：',
    'Instead of aws_iam_access_key, let the workload assume a role:': '不要用 aws_iam_access_key，改为让工作负载代入角色：',
  },
  checkedAgainst: '460d60b949c0b38a',
});
