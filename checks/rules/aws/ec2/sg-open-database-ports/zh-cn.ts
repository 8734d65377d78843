/** AWS-EC2-SG-OPEN-DATABASE-PORTS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '安全组不向互联网开放数据库端口',
  problem: '安全组向互联网开放了数据库端口',
  rationale:
    '能从 0.0.0.0/0 或 ::/0 访问到的数据库和缓存会不断遭到探测，目标包括弱密码、无需身份验证的默认配置（Redis、Memcached、Elasticsearch、MongoDB）以及已知漏洞。数据存储应放在私有子网中，只允许应用层通过安全组引用来访问。',
  messages: {
    open: '{ports} 向 {cidr} 开放',
  },
  fixNotes: {
    'the application tier, not 0.0.0.0/0': '只允许应用层访问，而不是 0.0.0.0/0',
  },
  checkedAgainst: '2af34a6e728a79af',
});
