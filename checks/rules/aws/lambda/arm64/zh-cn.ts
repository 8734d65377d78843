/** AWS-LAMBDA-ARM64 in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Lambda 函数运行在 arm64（AWS Graviton）上',
  problem: 'Lambda 函数运行在 x86_64 而不是 arm64 上',
  rationale:
    'arm64 架构的 Lambda 函数运行在 AWS Graviton 处理器上。据 AWS 介绍，在性能相同的情况下，它比同类实例最多节省 60% 的能耗，而且 arm64 的持续时间费用比 x86_64 低约 20%。解释型代码通常无需修改即可迁移；编译型代码和原生依赖则需要构建 arm64 版本。',
  messages: {
    notSet: '函数 {function} 未设置 {property}，因此运行在默认的 `x86_64` 上；`arm64`（Graviton）每毫秒费用更低，能耗也更少',
    x86: '函数 {function} 运行在 `x86_64` 上；`arm64`（Graviton）每毫秒费用更低，能耗也更少',
  },
  fixNotes: {
    'SAM: Architectures: [arm64] on the function or in Globals.Function': 'SAM：在函数或 Globals.Function 中设置 Architectures: [arm64]',
  },
  checkedAgainst: 'f4e2ac58231c1435',
});
