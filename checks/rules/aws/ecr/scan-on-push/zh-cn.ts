/** AWS-ECR-SCAN-ON-PUSH in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'ECR 存储库在推送镜像时扫描漏洞',
  problem: 'ECR 存储库在推送镜像时不扫描漏洞',
  rationale:
    '推送时扫描会在每个新镜像部署之前，对照已知 CVE 进行检查，让有漏洞的基础镜像或库在构建阶段就被发现，而不是等到上了生产环境才发现。除非 ScanOnPush 为 true，或者有注册表扫描规则覆盖该存储库，否则存储库不会扫描镜像。',
  messages: {
    notSet: '存储库 {repository} 未开启 {property}，因此推送的镜像不会检查已知漏洞',
    off: '存储库 {repository} 的 {property} 为 `false`，因此推送的镜像不会检查已知漏洞',
  },
  fixNotes: {
    'Or, for every repository: AWS::ECR::RegistryScanningConfiguration with\nScanType: ENHANCED and a rule with ScanFrequency: CONTINUOUS_SCAN':
      '或者为所有存储库配置 AWS::ECR::RegistryScanningConfiguration：\nScanType: ENHANCED，再加一条 ScanFrequency: CONTINUOUS_SCAN 的规则',
  },
  checkedAgainst: '5ad8e203015faf07',
});
