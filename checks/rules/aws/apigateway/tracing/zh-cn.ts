/** AWS-APIGW-TRACING in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'API Gateway REST API 阶段向 AWS X-Ray 发送跟踪数据',
  problem: 'API Gateway REST API 阶段未向 AWS X-Ray 发送跟踪数据',
  rationale:
    '开启 X-Ray 跟踪后，经过 REST API 阶段的每个请求都会成为一条跟踪记录，并随请求一路延伸到 Lambda 函数和其他服务，显示时间花在了哪里、哪次调用失败了。除非阶段主动开启，否则不会跟踪；而且跟踪只适用于 REST API（HTTP API 不支持 X-Ray）。',
  messages: {
    notSet: 'API 阶段 {stage} 未设置 {property}，因此 X-Ray 跟踪处于关闭状态',
    off: 'API 阶段 {stage} 的 {property} 为 `false`',
  },
  fixNotes: {},
  checkedAgainst: '82c420f3b2b3c8d7',
});
