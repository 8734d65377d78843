/** AWS-APIGW-ACCESS-LOGS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'API Gateway 阶段写入访问日志',
  problem: 'API Gateway 阶段未写入访问日志',
  rationale:
    '访问日志记录谁在什么时间、从哪里调用了 API 阶段的哪个路由，以及调用结果如何。只有为阶段指定了日志目标（CloudWatch Logs 日志组或 Firehose 流），阶段才会写入访问日志；没有目标，调查滥用、错误或限流时就无据可查。',
  messages: {
    noDestination: 'API 阶段 {stage} 没有访问日志目标，因此不会写入任何访问日志',
  },
  fixNotes: {},
  checkedAgainst: 'e10bb4788bef1c8b',
});
