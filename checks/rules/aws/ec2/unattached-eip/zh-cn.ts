/** AWS-EC2-UNATTACHED-EIP in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '弹性 IP 地址都已关联到资源',
  problem: '弹性 IP 地址没有关联到任何资源',
  rationale:
    '自 2024 年 2 月起，AWS 对每个公有 IPv4 地址收费，不论是否在用；没有关联到实例、网络接口、NAT 网关或负载均衡器的弹性 IP，花了这笔钱却毫无用处。请释放没有任何资源使用的地址，或在同一个堆栈中把它们关联起来。',
  messages: {
    unattached: '弹性 IP {eip} 没有关联到本堆栈中的任何实例、网络接口、NAT 网关或负载均衡器',
  },
  fixNotes: {
    'or an AWS::EC2::EIPAssociation / NatGateway AllocationId': '或者使用 AWS::EC2::EIPAssociation / NatGateway 的 AllocationId',
  },
  checkedAgainst: '27aed6376d169e35',
});
