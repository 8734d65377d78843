/** AWS-RDS-IAM-AUTH in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'RDS 数据库接受 IAM 数据库身份验证',
  problem: 'RDS 数据库不接受 IAM 数据库身份验证',
  rationale:
    '启用 IAM 数据库身份验证后，应用程序用它本来就在使用的角色申请一个由 RDS 签发、有效期 15 分钟的令牌来连接，不再有需要保存、分发和轮换的数据库密码；谁能以哪个数据库用户连接，由 IAM 策略（`rds-db:connect`）决定，并记录在 CloudTrail 中。MySQL、MariaDB 和 PostgreSQL 实例以及 Aurora 和多可用区数据库集群默认都不开启它；开启后，仍需要密码登录的用户照样可以使用密码。',
  messages: {
    notSet: '{database} 未设置 {property}，因此 IAM 数据库身份验证处于关闭状态（默认）',
    off: '{database} 的 {property} 为 `false`',
  },
  fixNotes: {
    'Aurora: on the AWS::RDS::DBCluster': 'Aurora：在 AWS::RDS::DBCluster 上设置',
    "then grant rds-db:connect on the database user to the application's role": '然后向应用程序的角色授予对该数据库用户的 rds-db:connect 权限',
    'Aurora: on aws_rds_cluster': 'Aurora：在 aws_rds_cluster 上设置',
  },
  checkedAgainst: '609f50d81dc5cbc6',
});
