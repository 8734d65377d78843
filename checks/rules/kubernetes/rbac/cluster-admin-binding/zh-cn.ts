/** K8S-CLUSTER-ADMIN-BINDING in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Kubernetes 绑定不授予 cluster-admin 角色',
  problem: 'Kubernetes 绑定授予了 cluster-admin 角色',
  rationale:
    'cluster-admin 允许对所有资源执行任何操作：持有它的人能读取全部 Secret、修改任意工作负载，还能给自己授予其他任何权限。绑定了它的服务账户一旦令牌被盗，整个集群（通过 RoleBinding 则是整个命名空间）就落入他人之手。请改为绑定一个只列出主体所需权限的角色。',
  messages: {
    clusterWide: 'ClusterRoleBinding {binding} 在所有命名空间中把 `cluster-admin` 授予了 {subjects}',
    inNamespace: 'RoleBinding {binding} 在命名空间 {namespace} 中把 `cluster-admin` 授予了 {subjects}',
  },
  fixNotes: {
    'a Role that names the resources and verbs the subject needs': '一个列出主体所需资源和操作的 Role',
  },
  checkedAgainst: '85c35743315eabca',
});
