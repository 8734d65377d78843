/** AWS-ECS-CONTAINER-INSIGHTS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'ECS 集群收集 Container Insights 指标',
  problem: 'ECS 集群未收集 Container Insights 指标',
  rationale:
    'Container Insights 按集群、服务和任务记录 CPU、内存、网络和存储用量以及任务重启情况，这些都是 ECS 基本指标看不到的；没有它，就很难发现被限流或被反复替换的任务。只有当集群设置 containerInsights（或账户默认设置）为 enabled 或 enhanced 时，集群才会收集这些指标。',
  messages: {
    notSet: '集群 {cluster} 未设置 `containerInsights`，因此取决于账户默认设置（除非改过，否则为关闭）',
    off: '集群 {cluster} 的 `containerInsights` 为 {value}',
  },
  fixNotes: {
    'or enabled': '或 enabled',
  },
  checkedAgainst: '1c63984bab937d9f',
});
