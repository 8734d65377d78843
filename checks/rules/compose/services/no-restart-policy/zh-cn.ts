/** COMPOSE-NO-RESTART-POLICY in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Compose 服务停止后会自动重启',
  problem: 'Compose 服务停止后不会重启',
  rationale:
    'Compose 默认不重启任何服务：崩溃的服务、因内存耗尽被杀掉的服务，或主机重启时正在运行的服务，都会一直停着，直到有人发现并手动启动。将重启策略设为 unless-stopped、always 或 on-failure，Docker 守护进程就会自动把它拉起来。',
  messages: {
    notSet: '服务 {service} 未设置 `restart` 策略，一旦退出就会一直停着',
    never: '服务 {service} 的 {property} 为 {value}，一旦退出就会一直停着',
  },
  fixNotes: {
    'or on-failure for a task that may finish': '会自行结束的任务可改用 on-failure',
  },
  checkedAgainst: '274b3eb9c651d8af',
});
