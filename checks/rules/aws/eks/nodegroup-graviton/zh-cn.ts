/** AWS-EKS-NODEGROUP-GRAVITON in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'EKS 托管节点组在 Graviton（arm64）实例上运行',
  problem: 'EKS 托管节点组在 x86 实例类型上运行',
  rationale:
    '在性能相同的情况下，Graviton 实例比同类 x86 实例最多节能 60%，每小时价格也更低。EKS 为 Amazon Linux 和 Bottlerocket 提供了 arm64 AMI 类型，大多数集群附加组件和公共镜像都支持多架构；托管节点组如果没有指定实例类型，会启动 t3.medium。',
  messages: {
    x86: '节点组 {group} 运行 {type}；可考虑改用 Graviton 类型 {suggestion} 并搭配 arm64 AMI 类型',
    defaultType: '节点组 {group} 未设置 {property}，因此运行 `t3.medium`；可考虑改用 `t4g.medium` 并搭配 arm64 AMI 类型',
  },
  fixNotes: {},
  checkedAgainst: '4e036d4f043f2418',
});
