/** AWS-RDS-MULTI-AZ in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'RDS 实例采用多可用区部署，在另一个可用区保留备用实例',
  problem: 'RDS 实例只运行在一个可用区中',
  rationale:
    '单可用区实例的主机、存储或所在可用区出故障多久，它就停机多久，而且每次为打补丁或扩缩而重启都意味着一次中断。多可用区部署会在另一个可用区维护一个同步复制的备用实例，并在故障时自动切换过去，通常只需一到两分钟。',
  messages: {
    notSet: '数据库实例 {instance} 未设置 {property}，因此只运行在一个可用区中（默认如此）',
    off: '数据库实例 {instance} 的 {property} 为 `false`',
  },
  fixNotes: {},
  checkedAgainst: 'b777133df5fb670f',
});
