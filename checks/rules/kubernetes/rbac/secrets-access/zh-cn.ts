/** K8S-SECRETS-ACCESS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Kubernetes 角色只读取点名的 Secret',
  problem: 'Kubernetes 角色能读取其范围内的所有 Secret',
  rationale:
    '对 secrets 的 get、list 或 watch 权限会交出角色所及范围（一个命名空间，或经由 ClusterRole 的整个集群）内的每一个 Secret：数据库密码、API 密钥，以及其他服务账户的令牌，持有该角色的人借此就能冒充这些账户。工作负载需要的 Secret 通常由 kubelet 挂载，根本不需要访问 API；确实要读取时，用 resourceNames 把授权限定在那一个 Secret 上。',
  messages: {
    readsSecrets: '{kind} {role} 未设置 `resourceNames` 就允许对 `secrets` 执行 {verbs}',
  },
  fixNotes: {
    'only the Secret it needs': '只限它需要的那个 Secret',
    'no list or watch': '不给 list 和 watch',
  },
  checkedAgainst: 'a63cd7008e055039',
});
