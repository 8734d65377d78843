/** CONTAINER-ADDED-CAPABILITIES in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '容器除 NET_BIND_SERVICE 外不添加任何 Linux 权能',
  problem: '容器添加了 Linux 权能',
  rationale:
    '每添加一项权能，就把 root 对内核的一部分控制权交给了容器：SYS_ADMIN 几乎等同于完整的 root，NET_ADMIN 可以改动网络配置，SYS_PTRACE 可以读取其他进程的内存。NET_BIND_SERVICE 用于监听 1024 以下的端口，是唯一常见且无害的添加；其他任何权能都需要留下理由，也就是写明原因的抑制规则。',
  messages: {
    added: '{container} 添加了权能 {capabilities}（{property}）',
  },
  fixNotes: {
    'a capability it really needs: record why': '确实需要的权能：写明原因',
    'only to listen below port 1024': '仅用于监听 1024 以下的端口',
  },
  checkedAgainst: 'e29a20f36239f9c9',
});
