/** AWS-EC2-GRAVITON in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '在工作负载允许时，EC2 实例使用 Graviton（arm64）实例类型',
  problem: 'EC2 实例在可以使用 Graviton 的地方使用了 x86 实例类型',
  rationale:
    '在性能相同的情况下，AWS Graviton 处理器比同类 x86 实例最多节省 60% 的能耗，Graviton 实例类型的每小时价格也更低。大多数解释型运行时、提供多架构镜像的容器以及托管的语言运行时，都无需修改代码即可迁移。',
  messages: {
    x86: '{launcher} 上的 {type} 是 x86 实例类型；可以考虑 Graviton 实例类型 {suggestion}',
  },
  fixNotes: {
    'instead of m5.large': '替代 m5.large',
    'an arm64 AMI, e.g. the AL2023 arm64 SSM parameter': '使用 arm64 AMI，例如 AL2023 arm64 的 SSM 参数',
    'an arm64 AMI': '使用 arm64 AMI',
  },
  checkedAgainst: 'd402cd32f626f5ba',
});
