/** AWS-EC2-SG-EGRESS-WORLD in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '安全组不允许所有出站流量流向互联网',
  problem: '安全组允许所有出站流量流向互联网',
  rationale:
    '对 0.0.0.0/0 或 ::/0 放行所有协议的出站规则，会让被攻破的实例可以连接任意主机的任意端口，而数据外泄和命令控制流量需要的正是这一点；只列出工作负载实际调用的目标和端口，就能加以限制。本规则只报告模板中写出的规则：对未声明出站规则的安全组，CloudFormation 也会添加同样的全放行规则，但报告这种隐式默认值会让几乎所有安全组都被标记，因此只针对有人主动写下、可以收窄的规则。',
  messages: {
    allTraffic: '所有流量（所有协议和端口）出站到 {cidr}',
  },
  fixNotes: {
    'not -1': '不要用 -1',
    'only what the workload calls': '只开放工作负载实际调用的端口',
    'not "-1"': '不要用 "-1"',
  },
  checkedAgainst: 'cd2d5e01726f50b3',
});
