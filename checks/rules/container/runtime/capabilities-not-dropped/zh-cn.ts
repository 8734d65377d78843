/** CONTAINER-CAPABILITIES-NOT-DROPPED in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '容器丢弃所有不需要的 Linux 权能',
  problem: '容器保留了默认的 Linux 权能',
  rationale:
    '容器启动时带有一组默认的 Linux 权能（Docker 和 containerd 下大约十四项，其中包括可伪造数据包的 NET_RAW，以及 SETUID 和 DAC_OVERRIDE），大多数应用从来用不到。丢弃 ALL，再只加回应用需要的权能，就能让在容器中运行代码的攻击者无从利用它们。',
  messages: {
    notSet: '{container} 没有丢弃任何权能（{property}），因此保留了容器运行时的默认权能集',
    partial: '{container} 只丢弃了 {capabilities}（{property}），而不是 `ALL`，因此运行时默认权能集中的其余权能仍然保留',
  },
  fixNotes: {
    'only what it needs, e.g. to listen below port 1024': '只加回需要的权能，例如用于监听 1024 以下的端口',
    'only to listen below port 1024': '仅用于监听 1024 以下的端口',
  },
  checkedAgainst: 'a8e3b22fc381b07f',
});
