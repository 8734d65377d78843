/** K8S-NO-NETWORK-POLICY in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Kubernetes Pod 由 NetworkPolicy 隔离',
  problem: 'Kubernetes 工作负载不受任何 NetworkPolicy 约束',
  rationale:
    '没有被任何 NetworkPolicy 选中的 Pod 接受集群中所有 Pod 的连接，也能连接任何地方，因此一个 Pod 被攻破，其他所有 Pod（包括数据库）都暴露在它面前。用 NetworkPolicy 选中这些 Pod（先为命名空间设一条默认拒绝的策略，再放行应用需要的流量），就能限定谁可以与它们通信。只有网络插件执行这些策略时，策略才会生效。',
  messages: {
    notSelected: '本文件中没有选中 {kind} {name} 的 NetworkPolicy，因此它的 Pod 接受任何 Pod 的流量',
  },
  fixNotes: {
    "Deny all traffic to and from the namespace's pods, then allow what each needs.": '拒绝命名空间内 Pod 的所有进出流量，再逐一放行各自需要的流量。',
  },
  checkedAgainst: '7cab997c7523a092',
});
