/** K8S-INGRESS-BACKEND-MISSING in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Kubernetes Ingress 路由到存在的 Service',
  problem: 'Kubernetes Ingress 路由到未声明的 Service',
  rationale:
    'Ingress 后端指向的是 Ingress 所在命名空间中的 Service；没有同名 Service 时，控制器对该路径返回错误（通常是 503），而 Ingress 本身照样能顺利应用。常见原因是 Service 改了名或移到了别的命名空间。本规则只在文件于某命名空间中声明了 Service 时，才评判该命名空间。',
  messages: {
    missing: 'Ingress {ingress} 路由到 Service {service}，但本文件未在命名空间 {namespace} 中声明它',
  },
  fixNotes: {
    "a Service in the Ingress's namespace": 'Ingress 所在命名空间中的 Service',
  },
  checkedAgainst: 'e1790747277643ab',
});
