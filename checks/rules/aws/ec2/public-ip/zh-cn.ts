/** AWS-EC2-PUBLIC-IP in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'EC2 实例不申请公有 IP 地址',
  problem: 'EC2 实例或启动模板申请了公有 IP 地址',
  rationale:
    '带有公有 IPv4 地址的实例，在其安全组放行的每个端口上都能从互联网直接访问，只要有一条规则被误放宽就会直接暴露；它的出站流量也会绕过 NAT 和出站检查。实例通常应放在私有子网中、位于负载均衡器之后，管理时用 Session Manager 代替 SSH；此外，AWS 对每个公有 IPv4 地址按小时计费。',
  messages: {
    requested: '{resource} 的 {property} 为 `true`',
  },
  fixNotes: {
    'reach it through a load balancer or Session Manager': '通过负载均衡器或 Session Manager 访问它',
  },
  checkedAgainst: 'b9b7b67e361d4607',
});
