/** AWS-CLOUDTRAIL-LOG-VALIDATION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'CloudTrail 跟踪验证日志文件的完整性',
  problem: 'CloudTrail 跟踪不验证日志文件的完整性',
  rationale:
    '开启日志文件完整性验证后，CloudTrail 每小时交付一个经过签名的摘要文件，日后可以据此证明日志文件在交付后没有被修改或删除。不开启的话，入侵者一旦能访问日志存储桶，就能抹掉自己的操作痕迹。只有 EnableLogFileValidation 为 true 时才会开启验证。',
  messages: {
    notSet: '跟踪 {trail} 未设置 {property}（默认关闭），因此日志文件被篡改也不会被发现',
    off: '跟踪 {trail} 的 {property} 为 `false`，因此日志文件被篡改也不会被发现',
  },
  fixNotes: {},
  checkedAgainst: 'bb912b3bc98b2891',
});
