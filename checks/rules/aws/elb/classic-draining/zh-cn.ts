/** AWS-ELB-CLASSIC-DRAINING in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Classic Load Balancer 在注销实例前排空连接',
  problem: 'Classic Load Balancer 未开启连接排空',
  rationale:
    '未开启连接排空时，实例一旦被注销或健康检查失败，Classic Load Balancer 就会立即关闭它上面的连接，每次缩容和部署都会切断正在处理的请求。开启排空后，负载均衡器不再向该实例发送新请求，并让已有请求在超时时间（默认 300 秒）内完成。无论在 CloudFormation 还是 Terraform 中，它都默认关闭。',
  messages: {
    notSet: 'Classic 负载均衡器 {loadBalancer} 未设置 {property}，因此实例离开时连接会被切断（默认值为 `false`）',
    off: 'Classic 负载均衡器 {loadBalancer} 的 {property} 为 `false`',
  },
  fixNotes: {},
  checkedAgainst: '1a7a1fd48e699d8a',
});
