/** CONTAINER-PRIVILEGE-ESCALATION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '容器关闭特权提升',
  problem: '容器允许其进程提升特权',
  rationale:
    '除非关闭特权提升（即内核的 no_new_privs 标志），容器中的进程可以借助镜像里的 setuid 程序或文件权能获得启动时没有的特权：攻击者以普通用户身份拿到 shell 后，就能在容器内成为 root，离主机只差一步。对不需要切换用户的应用来说，这个标志没有任何代价，而它默认是关闭的。',
  messages: {
    notSet: '{container} 未关闭特权提升（{property}）',
    allowed: '{container} 的 {property} 允许特权提升',
    privileged: '{container} 的 {property} 为 `true`，特权容器总是允许特权提升',
  },
  fixNotes: {
    'a privileged container can always escalate': '特权容器总能提升特权',
  },
  checkedAgainst: '57dda7b4dd859860',
});
