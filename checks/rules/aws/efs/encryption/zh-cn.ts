/** AWS-EFS-ENCRYPTION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'EFS 文件系统开启静态加密',
  problem: 'EFS 文件系统未开启静态加密',
  rationale:
    '静态加密使用 KMS 密钥保护文件数据和元数据，客户端无需任何改动，也没有明显的性能开销。它只能在创建文件系统时选择：未加密的文件系统只能重建并复制数据，而 API 和 CloudFormation 的默认值恰恰是不加密。',
  messages: {
    notSet: 'EFS 文件系统 {fileSystem} 未设置 {property}，因此不加密（默认值为 `false`）',
    off: 'EFS 文件系统 {fileSystem} 的 {property} 为 `false`',
  },
  fixNotes: {
    'optional: a customer managed key instead of aws/elasticfilesystem': '可选：用客户托管密钥代替 aws/elasticfilesystem',
    optional: '可选',
  },
  checkedAgainst: 'a0986cbc7c9f8207',
});
