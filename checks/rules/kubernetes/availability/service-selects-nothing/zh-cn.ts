/** K8S-SERVICE-SELECTS-NOTHING in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Kubernetes Service 选中它要服务的 Pod',
  problem: 'Kubernetes Service 没有选中任何 Pod',
  rationale:
    'Service 只把流量发给标签与其选择器相符的 Pod；没有任何 Pod 模板带有这些标签时，Service 没有端点，发给它的每个请求都会失败，而所有对象都能顺利应用、不报任何错误。常见原因是只在一侧改了标签名。本规则只在文件于某命名空间中声明了工作负载时，才评判该命名空间。',
  messages: {
    selectsNothing: 'Service {service} 选择 {labels}，但本文件中命名空间 {namespace} 内没有带这些标签的 Pod 模板',
  },
  fixNotes: {
    "the labels of the Deployment's pod template (spec.template.metadata.labels)": 'Deployment Pod 模板的标签（spec.template.metadata.labels）',
  },
  checkedAgainst: '3fe027ff1602ffdf',
});
