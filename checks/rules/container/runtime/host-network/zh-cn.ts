/** CONTAINER-HOST-NETWORK in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '工作负载不共享主机的网络命名空间',
  problem: '工作负载共享主机的网络命名空间',
  rationale:
    '使用主机的网络命名空间时，容器能看到主机的所有网络接口，可以监听主机的任意端口，还能访问主机只绑定在 localhost 上的服务；平台为容器提供的网络隔离（端口映射、网络策略、按任务划分的安全组）对它也不再生效。除了节点级的网络代理，很少有工作负载需要这样做。',
  messages: {
    shared: '{workload} 共享主机的网络命名空间（{property}）',
  },
  fixNotes: {
    'or leave it out': '或者不写这一项',
    'no network_mode: host; publish the ports it serves instead': '不要写 network_mode: host；改为发布它提供服务的端口',
  },
  checkedAgainst: '2919c3e0007e0f52',
});
