/** AWS-LAMBDA-DEFAULT-MEMORY in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Lambda 函数的内存大小按工作负载设定',
  problem: 'Lambda 函数使用默认的 128 MB 内存',
  rationale:
    'Lambda 按内存大小成比例分配 CPU，所以停留在 128 MB 默认值的函数，分到的 CPU 和网络资源也是最少的。许多函数在内存调大后运行更快，往往还更便宜；请用 AWS Lambda Power Tuning 或 Compute Optimizer 实测，再有意识地设置 MemorySize。',
  messages: {
    notSet: '函数 {function} 未设置 {property}，因此使用默认的 128 MB 内存，分到的 CPU 也最少',
    smallest: '函数 {function} 的 {property} 为 `128`，这是最小的内存大小，分到的 CPU 也最少',
  },
  fixNotes: {
    'measured with AWS Lambda Power Tuning; not the 128 MB default': '用 AWS Lambda Power Tuning 实测得出，而不是默认的 128 MB',
    'measured, not the 128 MB default': '实测得出，而不是默认的 128 MB',
  },
  checkedAgainst: '5ef973a82b8b4b17',
});
