/** CONTAINER-PRIVILEGED in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '容器不以特权模式运行',
  problem: '容器以特权模式运行',
  rationale:
    '特权容器拥有全部 Linux 权能和主机的所有设备，内核的大部分隔离措施也随之解除：进程一旦突破应用，就能控制主机以及主机上的所有其他容器。容器真正需要的几乎总是某一项权能或某一个设备，完全可以单独授予。',
  messages: {
    privileged: '{container} 的 {property} 为 `true`',
  },
  fixNotes: {
    'grant the one capability it needs instead, e.g.\ncapabilities: { add: [NET_ADMIN] }': '改为只授予它需要的那一项权能，例如：\ncapabilities: { add: [NET_ADMIN] }',
    'or leave it out': '或者不写这一项',
    'grant the one capability or device it needs instead, e.g.\ncap_add: [NET_ADMIN]': '改为只授予它需要的那一项权能或设备，例如：\ncap_add: [NET_ADMIN]',
  },
  checkedAgainst: '305e7f1e3284210b',
});
