/** K8S-WILDCARD-RBAC in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Kubernetes 角色逐一列出所授予的 API 组、资源和操作',
  problem: 'Kubernetes 角色的某条规则使用了通配符',
  rationale:
    '角色规则中的通配符（*）会授予这一类的全部权限，连日后才加入集群的资源和操作也包括在内：全部操作包含 escalate、bind 和 impersonate，全部资源包含 Secret 以及角色绑定本身。逐一列出 API 组、资源和操作，授权才能限于工作负载或人员真正需要的范围，审查的人也才看得清授了什么。',
  messages: {
    wildcard: '{kind} {role} 有一条规则在 {lists} 中使用了 `*`',
  },
  fixNotes: {
    'each resource the subject works with': '列出主体要操作的每种资源',
    'and only the verbs it needs': '只给它需要的操作',
  },
  checkedAgainst: '1135fa073d026d35',
});
