/** AWS-S3-PUBLIC-POLICY in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'S3 存储桶策略不向所有人开放访问',
  problem: 'S3 存储桶策略允许所有人访问',
  rationale:
    '存储桶策略中若有一条语句允许 Principal "*"，却没有条件把范围收窄到你的 VPC 端点、组织或来源服务，其中列出的操作就对互联网上的任何人开放。自 2023 年 4 月起，新存储桶默认开启阻止公有访问，在 BlockPublicPolicy 开启期间 S3 会拒绝这样的策略：这种情况按低严重性报告，视为一项会导致部署失败、只等该设置被关闭的策略。请向特定主体授予访问权限，或通过 CloudFront 源访问控制提供公开内容。',
  messages: {
    allows: '存储桶 {bucket} 的存储桶策略向所有人（{principal}）允许 {actions}，且没有任何缩小范围的条件',
    allowsAllBut: '存储桶 {bucket} 的存储桶策略向所有人（{principal}）允许除 {actions} 以外的所有操作，且没有任何缩小范围的条件',
    allowsComputed: '存储桶 {bucket} 的存储桶策略向所有人（{principal}）允许部署时才确定的操作，且没有任何缩小范围的条件',
    allowsAllButComputed: '存储桶 {bucket} 的存储桶策略向所有人（{principal}）允许除部署时才确定的操作以外的所有操作，且没有任何缩小范围的条件',
    refused: '存储桶 {bucket} 的存储桶策略向所有人（{principal}）开放且没有任何缩小范围的条件，在 {property} 保持开启期间 S3 会拒绝该策略',
  },
  fixNotes: {},
  checkedAgainst: 'eec55aecc3f85fc4',
});
