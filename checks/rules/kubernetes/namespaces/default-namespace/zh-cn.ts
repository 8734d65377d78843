/** K8S-DEFAULT-NAMESPACE in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Kubernetes 应用运行在自己的命名空间中',
  problem: 'Kubernetes 对象位于 default 命名空间',
  rationale:
    '凡是没有另选命名空间的对象都会落在 default 命名空间，因此在这里为某个应用写的访问规则、网络策略、配额和 LimitRange 也会作用于其他所有应用。每个应用一个命名空间，访问控制、配额和清理就各有边界。没有写命名空间的对象会落到应用它时所在的命名空间，除非命令另行指定，否则就是 default。',
  messages: {
    notSet: '{kind} {name} 未设置 `namespace`，会落到应用它时所在的命名空间：除非另行指定，否则就是 `default`',
    inDefault: '{kind} {name} 位于命名空间 `default`',
  },
  fixNotes: {
    "a namespace of the application's own": '应用自己的命名空间',
  },
  checkedAgainst: '5553224e5657df80',
});
