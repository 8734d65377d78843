/** AWS-VPC-SUBNET-PUBLIC-IP in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '子网不为每个实例分配公有 IP 地址',
  problem: '子网为启动到其中的每个实例分配公有 IP 地址',
  rationale:
    '开启 MapPublicIpOnLaunch 后，子网中创建的每个网络接口都会获得公有 IPv4 地址，除非启动时另行指定；本应私有的实例因此只靠安全组挡在互联网之外。负载均衡器和 NAT 网关都不需要这项设置；确实需要地址的实例可以自行申请，而且 AWS 对每个公有 IPv4 地址按小时计费。',
  messages: {
    mapped: '子网 {subnet} 的 {property} 为 `true`',
  },
  fixNotes: {
    'instances that need an address ask for one': '需要地址的实例自行申请',
  },
  checkedAgainst: '16aee6a846e9ee67',
});
