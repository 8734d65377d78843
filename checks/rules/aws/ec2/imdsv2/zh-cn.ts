/** AWS-EC2-IMDSV2 in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'EC2 实例和启动模板强制使用 IMDSv2',
  problem: 'EC2 实例或启动模板允许使用 IMDSv1',
  rationale:
    'IMDSv1 会响应普通的 GET 请求，因此实例上的服务器端请求伪造（SSRF）漏洞或一个开放的代理服务器，就足以从实例元数据服务读取 IAM 角色凭据。强制使用 IMDSv2 会话令牌（HttpTokens: required）可以堵住这条路径；当前版本的 AWS SDK 和代理程序都已在使用 IMDSv2。',
  messages: {
    notSet: '{launcher} 未设置 {block} {property}，因此 IMDSv1 仍然可用（默认值为 `optional`）',
    optional: '{launcher} 的 {property} 为 {tokens}，因此 IMDSv1 仍然可用',
  },
  fixNotes: {
    '2 lets containers on the host reach IMDS': '设为 2，主机上的容器才能访问 IMDS',
    'AWS::EC2::Instance and AWS::AutoScaling::LaunchConfiguration take the same MetadataOptions.': 'AWS::EC2::Instance 和 AWS::AutoScaling::LaunchConfiguration 使用相同的 MetadataOptions。',
  },
  checkedAgainst: '7d66f758ce2b47a3',
});
