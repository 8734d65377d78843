/** CONTAINER-HOST-IPC in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '工作负载不共享主机的 IPC 命名空间',
  problem: '工作负载共享主机的 IPC 命名空间',
  rationale:
    '共享主机的 IPC 命名空间会让容器拿到主机上所有进程的共享内存段、信号量和消息队列，从而读取或破坏其他程序通过这些方式交换的数据。应用几乎从不需要这样做；确实需要共享内存的容器可以彼此共享，而不必牵涉主机。',
  messages: {
    shared: '{workload} 共享主机的 IPC 命名空间（{property}）',
  },
  fixNotes: {
    'or leave it out': '或者不写这一项',
    'or shareable, or service:other to share with one service': '或者 shareable，或者用 service:other 与某个服务共享',
    'or none, or leave it out': '或者 none，或者不写这一项',
  },
  checkedAgainst: '700169b0ca999d2c',
});
