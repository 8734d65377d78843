/** AWS-S3-PUBLIC-ACCESS-BLOCK in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'S3 存储桶开启全部四项阻止公有访问设置',
  problem: 'S3 存储桶没有开启全部阻止公有访问设置',
  rationale:
    '阻止公有访问是最后一道防线，防止存储桶因为一条写错的 ACL 或存储桶策略而变成公开。四项设置中只要有一项关闭，一次疏忽的改动就可能暴露存储桶中的所有对象。自 2023 年 4 月起，S3 会为新建存储桶开启全部四项设置，因此未写这些设置的存储桶按低严重性报告：它并未公开，但模板没有防止之后的改动将其打开。',
  messages: {
    off: '存储桶 {bucket} 的 {property} 为 `false`',
    noConfiguration: '存储桶 {bucket} 没有 {property}；新建存储桶默认开启全部四项设置，但模板没有将其固定为开启',
    unset: '存储桶 {bucket} 未设置 {settings}；新建存储桶默认开启这些设置，但模板没有将其固定为开启',
  },
  fixNotes: {},
  checkedAgainst: '57971544e3ff8710',
});
