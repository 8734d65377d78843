/** CONTAINER-WRITABLE-ROOT-FS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '容器以只读根文件系统运行',
  problem: '容器可以写入其根文件系统',
  rationale:
    '根文件系统可写时，任何能在容器中运行代码的人都可以下载工具、篡改应用自身的文件，或者留下一个直到容器被替换才会消失的后门。根文件系统设为只读后，应用只能写入为它挂载的卷或 tmpfs，所有写入位置也因此都体现在配置中。',
  messages: {
    notSet: '{container} 未将根文件系统设为只读（{property}）',
    off: '{container} 的 {property} 为 `false`',
  },
  fixNotes: {
    'where the application has to write': '应用需要写入的位置',
  },
  checkedAgainst: '16b865ac7f70ce22',
});
