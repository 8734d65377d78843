/** AWS-ELB-CLASSIC in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '负载均衡使用新一代的 Application Load Balancer 或 Network Load Balancer',
  problem: '仍在使用 Classic Load Balancer',
  rationale:
    'Classic Load Balancer 是上一代 Elastic Load Balancing：它不能按路径或主机名路由，不支持到目标的 HTTP/2、gRPC、IP 或 Lambda 目标，扩展速度也不如 Application Load Balancer 和 Network Load Balancer。AWS 建议把 HTTP(S) 流量迁移到 ALB、把 TCP 和 TLS 流量迁移到 NLB，并提供可以复制现有配置的迁移向导。',
  messages: {
    classic: '负载均衡器 {loadBalancer} 是 Classic 负载均衡器',
  },
  fixNotes: {
    'instead of AWS::ElasticLoadBalancing::LoadBalancer': '代替 AWS::ElasticLoadBalancing::LoadBalancer',
    'or network for TCP/TLS': 'TCP/TLS 流量则用 network',
    'instead of aws_elb': '代替 aws_elb',
    'or "network" for TCP/TLS': 'TCP/TLS 流量则用 "network"',
  },
  checkedAgainst: '9523c1bc9023f0f2',
});
