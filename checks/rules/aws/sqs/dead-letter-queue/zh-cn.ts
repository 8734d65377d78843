/** AWS-SQS-DLQ in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'SQS 队列把反复处理失败的消息转入死信队列',
  problem: 'SQS 队列没有接收反复处理失败消息的死信队列',
  rationale:
    '没有重新驱动策略时，消费者处理不了的消息会被一次次接收、又一次次回到队列，直到保留期结束，既白白消耗消费者的处理能力，最后又消失得无影无踪。死信队列会在消息被接收达到设定次数后把它单独存放，以便检查、设置警报并重新驱动。',
  messages: {
    noRedrive: '队列 {queue} 未设置 {property}，因此反复处理失败的消息会一直重试，直到过期',
  },
  fixNotes: {
    '14 days to investigate': '留 14 天用于排查',
  },
  checkedAgainst: 'aecbc06ecdaf299a',
});
