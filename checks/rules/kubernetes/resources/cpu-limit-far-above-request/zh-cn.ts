/** K8S-CPU-LIMIT-FAR-ABOVE-REQUEST in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'CPU 限制不超过 CPU 请求值的四倍',
  problem: 'CPU 限制超过 CPU 请求值的四倍',
  rationale:
    'Pod 按请求值调度，却可以突发使用到限制值，因此远高于请求值的限制，等于承诺了节点从未按其规划的 CPU。要么把节点留得比请求值所示更大来吸收突发，要么在多个容器同时突发时让邻居被限流；请求值贴近实际用量、限制值与之相近，成本和延迟才都可预期。',
  messages: {
    ratio: '容器 {container} 的 CPU 限制为 {limit}，是其请求值 {request} 的 {ratio} 倍',
  },
  fixNotes: {
    'what it uses under normal load': '正常负载下的用量',
    'at most four times the request': '最多为请求值的四倍',
  },
  checkedAgainst: '7d0d64baf2fd19cf',
});
