/** AWS-RDS-PLAINTEXT-PASSWORD in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'RDS 主密码来自机密存储，而不是写在模板里',
  problem: 'RDS 主密码写在模板或普通参数中',
  rationale:
    '写在模板里的主密码会留在版本控制系统、构建日志以及 CloudFormation 保存的模板中；通过未设置 NoEcho 的参数传入的密码，则会显示在控制台中，并由 DescribeStacks 返回。让 RDS 在 Secrets Manager 中管理密码，或者从 Secrets Manager 或 SecureString 参数中解析密码，就能让它不出现在上述任何地方，还能支持轮换。',
  messages: {
    literal: '{database} 的主密码直接写在模板中',
    parameter: '{database} 的主密码来自普通参数（没有设置 `NoEcho`，也不是机密），控制台和 API 会显示它',
  },
  fixNotes: {
    'or AWS::RDS::DBCluster': '或 AWS::RDS::DBCluster',
    'RDS creates and rotates the secret in Secrets Manager': 'RDS 在 Secrets Manager 中创建并轮换这个机密',
    "or: MasterUserPassword: '{{resolve:secretsmanager:prod/orders-db:SecretString:password}}'": "或者：MasterUserPassword: '{{resolve:secretsmanager:prod/orders-db:SecretString:password}}'",
    'aws_rds_cluster: the same argument, with master_username': 'aws_rds_cluster 使用同一个参数，并配合 master_username',
  },
  checkedAgainst: 'e784da472f8b4046',
});
