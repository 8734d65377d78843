/** AWS-RDS-AUTO-MINOR-UPGRADE in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'RDS 数据库保持开启自动次要版本升级',
  problem: 'RDS 数据库关闭了自动次要版本升级',
  rationale:
    '引擎的次要版本包含安全修复和缺陷修复；开启自动次要版本升级后，RDS 会在你选定的维护时段内应用这些更新。关掉它，补丁就只能等有人想起来再打，而到了支持终止日期的引擎版本，最终会由 AWS 按自己的时间表强制升级。',
  messages: {
    off: '{database} 的 {property} 为 `false`',
  },
  fixNotes: {
    'the default; remove the false': '这是默认值；删掉 false 即可',
  },
  checkedAgainst: '1d120bf6b57aacd8',
});
