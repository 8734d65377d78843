/** AWS-KMS-ROTATION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '对称 KMS 密钥自动轮换密钥材料',
  problem: '对称 KMS 密钥不自动轮换密钥材料',
  rationale:
    '开启自动轮换后，客户托管密钥默认每年更换一次密钥材料（周期可在 90 到 2560 天之间配置），密钥 ID 保持不变，因此应用无需改动，旧数据也仍能解密。除非 EnableKeyRotation 为 true，否则不会轮换；非对称密钥、HMAC 密钥，以及使用导入密钥材料或位于自定义密钥存储中的密钥无法自动轮换，不在本检查范围内。',
  messages: {
    notSet: '对称密钥 {key} 未设置 {property}（默认不轮换）',
    off: '对称密钥 {key} 的 {property} 为 `false`',
  },
  fixNotes: {},
  checkedAgainst: '193dabf90c363ca0',
});
