/** AWS-APIGW-AUTHORIZATION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'API Gateway 方法要求授权或 API 密钥',
  problem: 'API Gateway 方法任何人都可以调用',
  rationale:
    '除非方法或路由指定了授权方（IAM、Lambda 授权方、Cognito 用户池或 JWT 授权方）或要求 API 密钥，否则 API Gateway 会为每个调用方执行它；授权类型默认为 NONE，而 SAM 事件在事件本身或其 API 都没有指定默认授权方时同样取 NONE。API 密钥只用于在使用计划中识别调用方，不能代替授权方，但至少能挡住匿名调用。有些端点本来就是公开的（自行校验签名的 Webhook、公开的只读 API）：请抑制该发现并写明原因；用于 CORS 预检的 OPTIONS 方法，以及私有 REST API（只能通过 VPC 终端节点访问）的方法，不会被报告。',
  messages: {
    notSet: 'API 方法 {method}（{resource}）未设置 {property}，因此取 NONE 且不要求 API 密钥：任何能访问该 API 的人都可以调用它。如果它本来就是公开的，请抑制此发现并写明原因',
    none: 'API 方法 {method}（{resource}）的 {property} 为 `NONE`，且不要求 API 密钥：任何能访问该 API 的人都可以调用它。如果它本来就是公开的，请抑制此发现并写明原因',
  },
  fixNotes: {},
  checkedAgainst: '6a76798ff84be6d8',
});
