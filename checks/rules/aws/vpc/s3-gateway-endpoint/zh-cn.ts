/** AWS-VPC-S3-GATEWAY-ENDPOINT in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '有 NAT 网关的 VPC 配有 S3 网关终端节点',
  problem: 'VPC 的 S3 流量经由 NAT 网关而非网关终端节点',
  rationale:
    '没有 S3 网关终端节点时，私有子网访问 Amazon S3 的每个请求（包括从 ECR 拉取的容器镜像层）都经由 NAT 网关流出，而 NAT 网关除按小时收费外，还对处理的每 GB 数据计费。网关终端节点不收费，让这部分流量留在 AWS 网络内，还可以附加终端节点策略。当本堆栈的计算资源运行在路由指向该 VPC 某个 NAT 网关的子网中，或者堆栈无法排除这种情况（子网来自参数、子网导出给其他堆栈、本堆栈没有任何资源运行在该 VPC 中）时，本规则会报告该 VPC；如果堆栈的计算资源都运行在不经过 NAT 网关的子网中，终端节点就省不了费用。',
  messages: {
    missing: 'VPC {vpc} 有 NAT 网关 {natGateway}，但本堆栈中没有 S3 网关终端节点',
    workload: 'VPC {vpc} 在本堆栈中没有 S3 网关终端节点，因此子网 {subnet} 中的 {type} {workload} 经由 NAT 网关 {natGateway} 访问 S3',
  },
  fixNotes: {
    'the routes the NAT gateway serves': 'NAT 网关所服务的路由表',
  },
  checkedAgainst: 'ed808193927ddce8',
});
