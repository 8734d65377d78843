/** AWS-ECR-IMMUTABLE-TAGS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'ECR 存储库不允许覆盖镜像标签',
  problem: 'ECR 存储库允许覆盖镜像标签',
  rationale:
    '标签可变时，用已有的标签推送新镜像，会悄无声息地改变所有使用该标签的部署实际运行的内容，无论是误操作，还是有推送权限的人有意为之。不可变标签让一个标签名永远只对应一个镜像，部署因此可以复现，经过扫描和审批的镜像也无法被调包。除非 ImageTagMutability 另有设置，否则标签都是可变的。',
  messages: {
    notSet: '存储库 {repository} 未设置 {property}，因此标签是 `MUTABLE` 的；一次推送就可能替换现有标签背后的镜像',
    mutable: '存储库 {repository} 的 {property} 为 {mutability}；一次推送就可能替换现有标签背后的镜像',
  },
  fixNotes: {
    'or IMMUTABLE_WITH_EXCLUSION to exempt tags such as latest': '或用 IMMUTABLE_WITH_EXCLUSION 豁免 latest 等标签',
  },
  checkedAgainst: '20157180c7f76707',
});
