/** AWS-EC2-SG-OPEN-ALL-PORTS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '安全组不向互联网开放所有端口',
  problem: '安全组向互联网开放了所有端口',
  rationale:
    '对 0.0.0.0/0 或 ::/0 放行所有端口（或所有协议）的入站规则，会把实例上恰好在监听的任何服务都暴露出去，包括那些本就不该公开的服务。面向整个互联网的扫描器几分钟内就能找到这类主机；只开放工作负载实际对外提供服务的端口。',
  messages: {
    allTraffic: '所有流量（所有协议和端口）向 {cidr} 开放',
    everyPort: '所有 {protocol} 端口（0-65535）向 {cidr} 开放',
  },
  fixNotes: {
    'not -1': '不要用 -1',
    'only the port the service listens on': '只开放服务监听的端口',
    'not "-1"': '不要用 "-1"',
  },
  checkedAgainst: 'eac13c88df956af8',
});
