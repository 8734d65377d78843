/** AWS-ECS-SERVICE-PUBLIC-IP in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'ECS 服务不为任务分配公有 IP 地址',
  problem: 'ECS 服务为其任务分配了公有 IP 地址',
  rationale:
    '开启 AssignPublicIp 的 awsvpc 服务，每个任务都会获得自己的公有 IPv4 地址，容器不再位于负载均衡器之后，而是在安全组放行的每个端口上直接响应互联网。私有子网中的任务依然可以通过 NAT 网关或 VPC 终端节点拉取镜像、访问 AWS API；而且公有地址按小时计费，每个任务都要付费。',
  messages: {
    enabled: 'ECS 服务 {service} 开启了 {property}',
  },
  fixNotes: {
    'images and AWS APIs through a NAT gateway or VPC endpoints': '通过 NAT 网关或 VPC 终端节点拉取镜像、访问 AWS API',
  },
  checkedAgainst: 'bc8641f7f2c51685',
});
