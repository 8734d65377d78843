/** K8S-SERVICE-ACCOUNT-TOKEN-MOUNTED in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Kubernetes Pod 只在调用 API 时才挂载服务账户令牌',
  problem: 'Kubernetes Pod 获得了可能用不上的服务账户令牌',
  rationale:
    '除非 Pod 或其服务账户把 automountServiceAccountToken 设为 false，否则每个容器都会在 /var/run/secrets/kubernetes.io/serviceaccount 下拿到一个 API 令牌。大多数应用从不调用 Kubernetes API，但攻入容器的人可以拿这个令牌做服务账户被允许做的任何事。请关闭自动挂载，只为需要访问 API 的 Pod 开启。',
  messages: {
    mounted: '{kind} {name} 把 `automountServiceAccountToken` 设为 `true`',
    notSet: '{kind} {name} 未把 `automountServiceAccountToken` 设为 `false`，除非服务账户 {account} 关闭了挂载，否则它的 Pod 会拿到该账户的令牌',
    accountMounts: '{kind} {name} 未把 `automountServiceAccountToken` 设为 `false`，它的服务账户 {account} 也没有',
  },
  fixNotes: {
    'or on the ServiceAccount, for every pod that uses it': '或设在 ServiceAccount 上，对使用它的所有 Pod 生效',
  },
  checkedAgainst: '907f9bb440693135',
});
