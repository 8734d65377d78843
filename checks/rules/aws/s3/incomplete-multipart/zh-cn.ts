/** AWS-S3-INCOMPLETE-MULTIPART in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'S3 存储桶清理未完成的分段上传',
  problem: 'S3 存储桶保留了被放弃的分段上传的分段',
  rationale:
    '从未完成也未中止的分段上传，其分段会一直留在存储桶中并按存储计费，但它们不会作为对象列出，因此没人会注意到。带有 AbortIncompleteMultipartUpload 的生命周期规则会在上传开始若干天后删除这些分段。',
  messages: {
    none: '存储桶 {bucket} 没有已启用的、会中止未完成分段上传的生命周期规则',
  },
  fixNotes: {},
  checkedAgainst: '39a2ebb8af3e3279',
});
