/** AWS-STATEFUL-RETAIN-POLICY in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '数据库、表和文件系统在堆栈删除后依然保留',
  problem: '数据库、表或文件系统会随堆栈一起删除',
  rationale:
    '删除堆栈或从模板中移除某个资源时，CloudFormation 会按该资源的 DeletionPolicy 删除它：若为 Delete（DynamoDB 表、EFS 文件系统、DocumentDB 集群和 OpenSearch 域的默认值），数据会随之删除，无法恢复。Retain（RDS 也可用 Snapshot）能在堆栈变更时保住数据；UpdateReplacePolicy 也应同样设置，这样资源被替换时数据也不会丢失。',
  messages: {
    useSnapshot: '{resource} 及其数据会随堆栈一起删除：`DeletionPolicy` 为 `Delete`；请改用 `Snapshot` 或 `Retain`',
    useRetain: '{resource} 及其数据会随堆栈一起删除：`DeletionPolicy` 为 `Delete`，这是 CloudFormation 对该类型的默认值；请改用 `Retain`',
    snapshotSkipped: '{resource} 被销毁或替换时，其数据会随之删除：{property} 为 `true`，因此不会保留最终快照',
    unguarded: '{resource} 被销毁或替换时，其数据会随之删除：{property} 不是 `true`',
  },
  fixNotes: {
    'RDS: Snapshot or Retain': 'RDS：Snapshot 或 Retain',
    'Terraform has no DeletionPolicy: block destroy instead': 'Terraform 没有 DeletionPolicy：改为阻止 destroy',
  },
  checkedAgainst: 'ec9d46693c2d5009',
});
