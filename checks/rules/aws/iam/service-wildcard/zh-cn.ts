/** AWS-IAM-SERVICE-WILDCARD in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'IAM 策略列出允许的操作，而不是放行整个服务',
  problem: 'IAM 策略允许对所有资源执行某个服务的全部操作',
  rationale:
    '在所有资源上放行 "s3:*" 或 "dynamodb:*" 这样的操作，也就放行了该服务的管理类操作：删除存储桶和表、改写它们的资源策略、关闭加密或备份。工作负载通常只需要对少数几个资源执行少量读写操作。请列出这些操作和资源；IAM Access Analyzer 可以根据 CloudTrail 活动生成策略草稿。',
  messages: {
    serviceWide: '{holder} 的一个策略允许对 {resource} 执行 {action}，即该服务的全部操作',
  },
  fixNotes: {
    'the actions the code calls, not "s3:*"': '只列出代码实际调用的操作，不要用 "s3:*"',
  },
  checkedAgainst: 'c70f7af08e3f16a6',
});
