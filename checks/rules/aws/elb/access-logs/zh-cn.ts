/** AWS-ELB-ACCESS-LOGS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '负载均衡器写入访问日志',
  problem: '负载均衡器未写入访问日志',
  rationale: '访问日志记录负载均衡器收到的每一个请求：客户端地址、路径、状态码、延迟和 TLS 详细信息。访问日志默认关闭；没有它们，事后调查事故、错误激增或可疑客户端时就无据可查。',
  messages: {
    notSet: '{loadBalancer} 未开启访问日志（默认关闭）',
    off: '{loadBalancer} 关闭了访问日志',
  },
  fixNotes: {},
  checkedAgainst: '52609e0cfd431411',
});
