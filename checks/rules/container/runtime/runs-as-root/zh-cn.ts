/** CONTAINER-RUNS-AS-ROOT in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '容器以非 root 用户运行',
  problem: '容器以 root 身份运行',
  rationale:
    '容器里的 root 就是主机内核上的 root，只靠容器的隔离措施拦着：一旦内核或容器运行时有漏洞让进程逃出，或者挂载进来的主机路径可被访问，攻击者就拥有完全的权限。除非配置另有指定，容器以镜像声明的用户运行，而大多数镜像声明的是 root，所以只有明确指定非 root 用户才能确保这一点。',
  messages: {
    root: '{container} 以 root 身份运行：{property} 为 {user}',
    noUser: '没有任何设置让 {container} 以非 root 用户运行（{property}），因此它以镜像声明的用户运行，除非镜像另有指定，否则就是 root',
    nonRootOff: '{container} 的 {property} 为 `false`，且未指定非 root 用户，因此它以镜像声明的用户运行，除非镜像另有指定，否则就是 root',
    rootShared: '{workload} 以 root 身份运行 {containers}：{property} 为 {user}',
    nonRootOffShared: '{workload} 中 {containers} 的 {property} 为 `false`，且未指定非 root 用户，因此它们以各自镜像声明的用户运行，除非镜像另有指定，否则就是 root',
  },
  fixNotes: {
    'for every container of the pod': '对 Pod 中的所有容器生效',
    'volumes become writable to that group: no root init container to chown them': '卷对该组可写：无需再用 root 身份的 Init 容器去 chown',
  },
  checkedAgainst: 'dc5553c1cf6cfc3a',
});
