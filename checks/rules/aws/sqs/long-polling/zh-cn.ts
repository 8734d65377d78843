/** AWS-SQS-LONG-POLLING in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'SQS 队列用长轮询等待消息',
  problem: 'SQS 队列使用短轮询',
  rationale:
    'ReceiveMessageWaitTimeSeconds 为默认值 0 时，ReceiveMessage 调用会立即返回，常常是空的，而每个空响应都按请求计费。长轮询（1 到 20 秒）会等待消息到达，从而减少空接收及其费用。消费者仍可以在每次调用时用 WaitTimeSeconds 请求长轮询，Lambda 事件源映射也总是使用长轮询，所以这只影响由你自己的消费者轮询的队列。',
  messages: {
    shortPolling: '队列 {queue} 的 {property} 为 {seconds}：除非消费者在调用时要求等待，否则每次接收都会立即返回',
    defaultShortPolling: '队列 {queue} 的 {property} 保持默认值 0：除非消费者在调用时要求等待，否则每次接收都会立即返回',
  },
  fixNotes: {
    'long polling: receives wait up to 20 s for a message': '长轮询：接收时最多等待 20 秒以获取消息',
  },
  checkedAgainst: '4afc68116605fdc0',
});
