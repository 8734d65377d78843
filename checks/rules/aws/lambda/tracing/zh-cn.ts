/** AWS-LAMBDA-TRACING in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Lambda 函数向 AWS X-Ray 发送跟踪数据',
  problem: 'Lambda 函数未向 AWS X-Ray 发送跟踪数据',
  rationale:
    '开启主动跟踪后，Lambda 会对请求进行采样，记录函数本身以及每个下游调用的耗时，这样就能跨服务追查一个缓慢或失败的请求。不开启时（即默认的 PassThrough 模式），函数只会转发传入的跟踪标头，自己什么也不记录。',
  messages: {
    notSet: '函数 {function} 未开启主动跟踪（默认值为 `PassThrough`）',
    mode: '函数 {function} 的跟踪模式为 {mode}',
  },
  fixNotes: {
    'SAM (AWS::Serverless::Function, or Globals.Function):\n  Tracing: Active': 'SAM（AWS::Serverless::Function 或 Globals.Function）：\n  Tracing: Active',
  },
  checkedAgainst: 'e7753c7dcd050aeb',
});
