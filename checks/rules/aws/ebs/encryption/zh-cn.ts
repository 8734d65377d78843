/** AWS-EBS-ENCRYPTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'EBS 卷和块设备已加密',
  problem: 'EBS 卷或块设备未加密',
  rationale:
    '未加密的 EBS 卷，其数据以及由它创建的每个快照，任何拿到副本的人都能读取，例如通过一个被误共享的快照。使用 KMS 的 EBS 加密不额外收费，对性能也没有明显影响；而已有的卷无法直接开启加密，必须复制一份。',
  messages: {
    off: '{volume} 的 {property} 为 `false`',
    notSet: '{volume} 未设置 {property}，因此除非账户开启了 EBS 默认加密，否则创建出来是未加密的',
    rootFromImage: '{launcher} 没有声明任何 EBS 块设备，因此其根卷是否加密取决于 AMI 的快照或账户的 EBS 默认加密设置',
  },
  fixNotes: {
    'optional: a customer managed key': '可选：客户托管密钥',
    'Block devices of instances and launch templates:': '实例和启动模板的块设备：',
    'Or for every new volume in the region:': '或者，为该区域中所有新建的卷开启默认加密：',
  },
  checkedAgainst: 'ade4d1b3814bc25f',
});
