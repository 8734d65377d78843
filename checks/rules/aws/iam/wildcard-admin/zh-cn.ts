/** AWS-IAM-WILDCARD-ADMIN in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'IAM 策略不授予对所有资源执行所有操作的权限',
  problem: 'IAM 策略授予对所有资源执行所有操作的权限',
  rationale:
    '一条允许对 Resource "*" 执行 Action "*" 的语句（无论是直接写出，还是通过 AWS 托管策略 AdministratorAccess 授予），会让它所属的角色、用户或组成为完全的管理员：可以读取所有机密信息、删除任何数据，还能修改 IAM 本身来保住自己的访问权限。请遵循最小权限原则，只授予工作负载实际用到的操作和资源，并把管理员权限限定在少数经过审计、短期使用的角色上。',
  messages: {
    admin: '{holder} 的一个策略允许对 {resource} 执行 {action}（完全管理员权限）',
    managedAdmin: '{holder} 附加了 AWS 托管策略 {policy}，它允许对所有资源执行所有操作（完全管理员权限）',
  },
  fixNotes: {
    'not Action "*" on Resource "*"': '不要对 Resource "*" 授予 Action "*"',
  },
  checkedAgainst: '88e68485cf0824ac',
});
