/** AWS-RDS-PUBLIC in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'RDS 数据库不可公开访问',
  problem: 'RDS 数据库可以公开访问',
  rationale:
    '可公开访问的数据库会获得一个解析到公有 IP 地址的 DNS 名称，只要一条过于宽松的安全组规则，它就会暴露在整个互联网上，而互联网上的数据库端口一直在遭受扫描和暴力破解。应用从 VPC 内部访问私有数据库；人员则通过堡垒机、Session Manager 或 VPN 访问。',
  messages: {
    public: '{database} 的 {property} 为 `true`',
  },
  fixNotes: {
    'subnets without a route to an internet gateway': '没有通往互联网网关的路由的子网',
  },
  checkedAgainst: 'dd6536a745c5b546',
});
