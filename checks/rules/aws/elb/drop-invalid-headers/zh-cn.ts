/** AWS-ELB-DROP-INVALID-HEADERS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Application Load Balancer 丢弃无效的 HTTP 标头字段',
  problem: 'Application Load Balancer 把无效的 HTTP 标头字段转发给目标',
  rationale:
    '默认情况下，Application Load Balancer 会把名称不符合 HTTP 语法的标头字段（例如含有下划线或其他特殊字符的名称）转发给目标。如果目标或代理对这类标头的解析方式与负载均衡器不同，就可能被用来进行请求走私和标头注入。开启 drop_invalid_header_fields 后，这些字段会在路由请求之前被删除。',
  messages: {
    notSet: '应用负载均衡器（ALB）{loadBalancer} 未设置 {property}，因此无效的标头字段会到达目标（默认值为 `false`）',
    off: '应用负载均衡器（ALB）{loadBalancer} 的 {property} 为 `false`',
  },
  fixNotes: {},
  checkedAgainst: '5f2d5cacc9371e99',
});
