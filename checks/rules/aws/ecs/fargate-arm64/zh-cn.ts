/** AWS-ECS-FARGATE-ARM64 in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Fargate 任务定义在 ARM64（Graviton）上运行',
  problem: 'Fargate 任务定义在 x86_64 上运行',
  rationale:
    'ARM64 上的 Fargate 任务运行在 Graviton 处理器上，完成同样的工作耗电更少，Fargate 对其每 vCPU 小时和每 GB 小时的收费也低约 20%。除非 RuntimePlatform 要求 ARM64，任务都在 x86_64 上运行；镜像必须为 arm64 构建（多架构镜像两者都支持）。Windows 容器无法在 ARM64 上运行，因此不会被报告。',
  messages: {
    x86: '任务定义 {task} 在 Fargate 上运行，{property} 为 {architecture}；改用 `ARM64` 可在 Graviton 上以更低成本运行',
  },
  fixNotes: {},
  checkedAgainst: 'd39dd16e74f694cc',
});
