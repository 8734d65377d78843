/** AWS-DYNAMODB-CAPACITY-MODE in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '使用预置容量的 DynamoDB 表自动扩缩容量',
  problem: 'DynamoDB 表使用预置容量，却没有任何机制扩缩容量',
  rationale:
    '固定预置容量的表，不管用没用到，都要全天候为这部分容量付费；流量一旦超出容量，请求就会被限流。要么用 Application Auto Scaling 让容量跟随需求变化，要么改用按需（PAY_PER_REQUEST）计费模式：它适合突发或难以预测的流量，空闲时不产生费用。',
  messages: {
    defaultProvisioned: 'DynamoDB 表 {table} 使用预置容量（{property} 默认为 `PROVISIONED`），却没有任何机制扩缩容量',
    provisioned: 'DynamoDB 表 {table} 使用 `PROVISIONED` 容量，却没有任何机制扩缩容量',
  },
  fixNotes: {
    'or keep PROVISIONED and add an\nAWS::ApplicationAutoScaling::ScalableTarget (ServiceNamespace: dynamodb)\nwith a TargetTrackingScaling policy':
      '或者保留 PROVISIONED，再添加一个\nAWS::ApplicationAutoScaling::ScalableTarget（ServiceNamespace: dynamodb）\n和一个 TargetTrackingScaling 策略',
  },
  checkedAgainst: '03e47e210fa2353d',
});
