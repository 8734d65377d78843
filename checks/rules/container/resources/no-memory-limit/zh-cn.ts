/** CONTAINER-NO-MEMORY-LIMIT in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '容器设置了内存限制',
  problem: '容器没有内存限制',
  rationale:
    '没有内存限制的容器可以占满所在主机的全部内存：一处内存泄漏就会挤走同一主机上的其他容器，内核的 OOM killer 还可能杀掉一个毫不相干的进程。设置限制后，损害只落在出问题的容器身上，由它自己重启。',
  messages: {
    missing: '容器 {container} 未设置内存限制，可能占满所在主机的全部内存',
  },
  fixNotes: {
    'the container is restarted, not the host starved': '超限时重启的是这个容器，而不是让整台主机内存耗尽',
    'the whole task; each container may set its own too': '整个任务的内存；每个容器也可以单独设置',
  },
  checkedAgainst: '4d0062f61f075bdc',
});
