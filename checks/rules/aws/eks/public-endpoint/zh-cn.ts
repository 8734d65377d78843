/** AWS-EKS-PUBLIC-ENDPOINT in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'EKS 集群的 API 端点不对整个互联网开放',
  problem: 'EKS 集群的 API 端点对整个互联网开放',
  rationale:
    '默认情况下，EKS 集群的 API 服务器端点是公有的，接受来自 0.0.0.0/0 的连接，任何人都能探测它，泄露的凭据或 API 服务器漏洞在任何地方都能被利用。请开启私有端点并关闭公有端点，或者把 PublicAccessCidrs 限制为管理该集群所用的网络。',
  messages: {
    openCidr: '集群 {cluster} 的公有 API 端点向 {cidr} 开放',
    publicByDefault: '集群 {cluster} 的 API 端点默认公开，且未设置 {property}，因此向 `0.0.0.0/0` 开放',
    public: '集群 {cluster} 的 API 端点是公开的，且未设置 {property}，因此向 `0.0.0.0/0` 开放',
  },
  fixNotes: {
    'or keep it public but narrow: PublicAccessCidrs: [203.0.113.0/24]': '或者保持公开但缩小范围：PublicAccessCidrs: [203.0.113.0/24]',
  },
  checkedAgainst: 'fb1ca19623bbd0d0',
});
