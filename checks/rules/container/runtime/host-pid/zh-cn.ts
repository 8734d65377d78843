/** CONTAINER-HOST-PID in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '工作负载不共享主机的进程命名空间',
  problem: '工作负载共享主机的进程命名空间',
  rationale:
    '共享主机的进程命名空间后，容器能看到主机上的所有进程，并读取它们的命令行和环境变量，而机密往往就是通过这些传递的；如果以 root 身份运行，它还能向这些进程发送信号、查看它们的内存。只有节点级的调试和监控代理需要这样做，而且应作为例外，用抑制规则记录下来。',
  messages: {
    shared: '{workload} 共享主机的进程命名空间（{property}）',
  },
  fixNotes: {
    'or leave it out': '或者不写这一项',
    'no pid: host': '不要写 pid: host',
  },
  checkedAgainst: 'f57916e35a856d6d',
});
