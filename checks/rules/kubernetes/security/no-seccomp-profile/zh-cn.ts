/** K8S-NO-SECCOMP-PROFILE in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '容器使用 seccomp 配置文件运行',
  problem: '容器未使用 seccomp 配置文件运行',
  rationale:
    '除非设置了 seccomp 配置文件，Kubernetes 以 Unconfined 方式运行容器，内核的所有系统调用都对它开放，包括许多容器逃逸所依赖的那些冷门调用。运行时默认配置文件会拦下这些调用，对几乎所有应用都没有影响；受限级 Pod 安全标准也要求使用它。',
  messages: {
    missing: '容器 {container} 及其 Pod 都未设置 `seccompProfile`，因此以 Unconfined 方式运行',
    unconfined: '容器 {container} 的 seccomp 配置文件为 {profile}',
  },
  fixNotes: {
    'for every container of the pod': '作用于 Pod 中的所有容器',
  },
  checkedAgainst: '9bdafb5d390eb973',
});
