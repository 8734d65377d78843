/** AWS-EC2-PREVIOUS-GEN in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'EC2 实例使用当前一代实例类型',
  problem: 'EC2 实例使用上一代实例类型',
  rationale:
    '上一代实例系列（m1、m2、m3、c1、c3、r3、i2、t1，以及 AWS 上一代实例列表中的其他系列）运行在较旧的、基于 Xen 的硬件上，每美元能买到的性能不如基于 Nitro 的后继系列，在较新的区域也已不再提供。换成同类别的当前一代系列通常只需改一行，就能获得更好的性价比。',
  messages: {
    defaultType: '{launcher} 未设置 {property}，因此 EC2 会启动默认的 {type}，这是上一代实例类型',
    previous: '{launcher} 上的 {type} 是上一代实例类型（{family} 系列）；请改用当前一代的系列',
  },
  fixNotes: {
    'instead of m3.large': '替代 m3.large',
  },
  checkedAgainst: '036d368a01750a39',
});
