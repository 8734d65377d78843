/** CONTAINER-NO-HEALTH-CHECK in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '长期运行的容器配置了健康检查',
  problem: '长期运行的容器没有健康检查',
  rationale: '没有健康检查，平台只能发现容器已经退出：死锁、连接耗尽或陷入死循环的进程仍在运行，也仍被当作健康。存活探针或健康检查让编排器可以重启或替换它，也让查看状态的人一眼看出问题。',
  messages: {
    missing: '容器 {container} 没有配置健康检查（{property}）',
    disabled: '容器 {container} 的健康检查（{property}）已被禁用',
  },
  fixNotes: {
    'answers only while the process can serve': '仅在进程能正常提供服务时才返回成功',
  },
  checkedAgainst: 'b8fee4d5af6b0a78',
});
