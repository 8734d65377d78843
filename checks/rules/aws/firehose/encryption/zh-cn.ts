/** AWS-FIREHOSE-ENCRYPTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Firehose 传输流开启静态加密',
  problem: 'Firehose 传输流未开启静态加密',
  rationale:
    'Firehose 流在传输前会缓冲记录，而使用 AWS 拥有的或客户托管的 KMS 密钥进行服务器端加密，除非显式开启，否则是关闭的。以 Kinesis 数据流为源的流无法设置它：此时由数据流加密记录，Firehose 会保持其加密状态，因此这类流不会被报告。',
  messages: {
    notSet: '传输流 {stream} 未设置 {property}，因此 Firehose 不会加密其缓冲的数据',
    off: '传输流 {stream} 的 {property} 为 `false`',
  },
  fixNotes: {
    'or AWS_OWNED_CMK': '或 AWS_OWNED_CMK',
  },
  checkedAgainst: 'cb8ebc61e46a3120',
});
