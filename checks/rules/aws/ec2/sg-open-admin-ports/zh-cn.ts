/** AWS-EC2-SG-OPEN-ADMIN-PORTS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '安全组不向互联网开放 SSH 或 RDP',
  problem: '安全组向互联网开放了 SSH 或 RDP',
  rationale: '向 0.0.0.0/0 或 ::/0 开放的 SSH 和 RDP，几分钟内就会被扫描器发现，随后遭到全天候的暴力破解。请改用 Systems Manager Session Manager，或者只放行一个范围很小的管理网段（CIDR）来访问实例。',
  messages: {
    open: '{ports} 向 {cidr} 开放',
  },
  fixNotes: {
    'your office or VPN range, never 0.0.0.0/0': '你的办公网络或 VPN 网段，绝不要用 0.0.0.0/0',
    'Better: no SSH rule at all; connect with SSM Session Manager.': '更好的做法：完全不配置 SSH 规则，改用 SSM Session Manager 连接。',
    'never 0.0.0.0/0': '绝不要用 0.0.0.0/0',
  },
  checkedAgainst: 'c86e43ddf9cf8a70',
});
