/** AWS-ELB-TLS-POLICY in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '负载均衡器的 HTTPS 和 TLS 侦听器使用最低版本为 TLS 1.2 的安全策略',
  problem: '负载均衡器侦听器接受低于 TLS 1.2 的协议版本',
  rationale:
    '安全策略决定侦听器接受哪些协议版本和密码套件。通过 CloudFormation 或 API 创建、但没有指定策略的侦听器会使用 ELBSecurityPolicy-2016-08，它仍接受 TLS 1.0 和 1.1；这两个版本均已弃用（RFC 8996），还会连带启用较弱的密码套件。通常的选择是采用 TLS 1.3 策略，同时为较旧的客户端保留 TLS 1.2。',
  messages: {
    customLegacy: '{listener}：{where}的自定义安全策略启用了 {protocols}',
    defaultPolicy: '{listener}：{where}未设置安全策略，因此使用 {policy}，它接受 TLS 1.0 和 1.1',
    oldPolicy: '{listener}：{where}的安全策略 {policy} 接受低于 TLS 1.2 的协议',
  },
  fixNotes: {
    'default_action { ... }': 'default_action { ... }',
  },
  checkedAgainst: '8509ac5054dce889',
});
