/** AWS-LAMBDA-DEPRECATED-RUNTIME in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Lambda 函数使用 AWS 仍在支持的运行时',
  problem: 'Lambda 函数使用已弃用的运行时',
  rationale:
    '运行时一旦被弃用，Lambda 就不再为其提供安全补丁，使用它的函数也不再享有技术支持；几周之后，AWS 会先禁止创建、再禁止更新这类函数，一次例行部署就可能因此失败。迁移到受支持的运行时要改代码、要测试，最好赶在截止日期之前做好计划。',
  messages: {
    deprecated: '函数 {function} 使用的运行时 {runtime} 已于 {since} 弃用；请迁移到 {moveTo} 或其他受支持的运行时',
  },
  fixNotes: {
    'was python3.8; test the code on the new version first': '原为 python3.8；先在新版本上测试代码',
    'was python3.8': '原为 python3.8',
  },
  checkedAgainst: '83fe1976a136ff3e',
});
