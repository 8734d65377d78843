/** AWS-DYNAMODB-AUTOSCALING in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '预置容量的 DynamoDB 表及其索引自动扩缩读写容量',
  problem: 'DynamoDB 预置容量没有由 Application Auto Scaling 扩缩',
  rationale:
    '预置模式的表只能提供分配给它的读写容量单位；流量用完这些容量、几分钟的突增容量也耗尽之后，请求就会以 ProvisionedThroughputExceededException 失败。全局二级索引单独预置容量，它的写入容量不足时，DynamoDB 连基表的写入也会一起限流。Application Auto Scaling 的目标跟踪会随用量变化分别调高或调低这些容量；按需模式的表则完全不需要这些配置。',
  messages: {
    table: '{table} 的预置容量在 {dimensions} 上没有任何自动扩缩目标',
    index: '{table} 的全局二级索引 {index} 的预置容量在 {dimensions} 上没有任何自动扩缩目标',
  },
  fixNotes: {
    'one per table and index, for reads and for writes': '表和每个索引的读、写各一个',
    'table/${Orders}/index/ByCustomer for an index': '索引用 table/${Orders}/index/ByCustomer',
    'plus a target-tracking AWS::ApplicationAutoScaling::ScalingPolicy; or BillingMode: PAY_PER_REQUEST':
      '另加一个目标跟踪类型的 AWS::ApplicationAutoScaling::ScalingPolicy；或者改用 BillingMode: PAY_PER_REQUEST',
    '.../index/by-customer for an index': '索引用 .../index/by-customer',
    'plus a target-tracking aws_appautoscaling_policy; or billing_mode = "PAY_PER_REQUEST"': '另加一个目标跟踪类型的 aws_appautoscaling_policy；或者改用 billing_mode = "PAY_PER_REQUEST"',
  },
  checkedAgainst: '59c5c7ec856c22fb',
});
