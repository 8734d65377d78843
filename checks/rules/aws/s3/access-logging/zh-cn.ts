/** AWS-S3-ACCESS-LOGGING in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'S3 存储桶记录服务器访问日志',
  problem: 'S3 存储桶未记录服务器访问日志',
  rationale:
    '服务器访问日志记录对存储桶的每一个请求：谁请求了什么、什么时候、结果如何。排查异常访问或异常费用时，它们就是所需的证据，而且成本很低。接收其他存储桶日志的存储桶不在检查范围内，因为给它们也开启日志会形成循环。',
  messages: {
    noLogging: '存储桶 {bucket} 没有 {property}',
  },
  fixNotes: {},
  checkedAgainst: '254a111f7fac386c',
});
