/** AWS-EFS-LIFECYCLE in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'EFS 文件系统把冷文件转入不频繁访问存储',
  problem: 'EFS 文件系统把所有文件都留在标准存储中',
  rationale:
    '共享文件系统上的大多数文件在写入几周后就很少被读取。没有生命周期策略时，所有文件都停留在 EFS 标准存储中；TransitionToIA 会把在所选时间内未被访问的文件转入不频繁访问存储，每 GiB 成本低得多，也减少了所需的高性能存储，TransitionToArchive 还能进一步转入归档存储。API 和基础设施即代码的默认值是不转换（只有控制台会建议设置一个）。',
  messages: {
    none: '{fileSystem} 没有 {property} 生命周期策略，因此所有文件都停留在标准存储中',
  },
  fixNotes: {
    'optional: Elastic throughput only': '可选：仅限弹性吞吐量模式',
  },
  checkedAgainst: '2097481f2462c571',
});
