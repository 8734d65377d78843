/** AWS-ELASTICACHE-AUTH in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'ElastiCache 复制组要求客户端进行身份验证',
  problem: 'ElastiCache 复制组允许客户端不经身份验证即可连接',
  rationale:
    '既没有 AUTH 令牌、也没有基于角色的访问控制用户组的 Redis OSS 或 Valkey 复制组，会为安全组放行的任何客户端执行所有命令，包括 FLUSHALL 和 CONFIG，VPC 中只要有一台主机被攻破，就能读取或清空缓存。这两种机制都需要开启传输中加密；用户组还能让每个应用使用各自的用户和命令权限，令牌也可以在不停机的情况下轮换。',
  messages: {
    open: '{cache} 既未设置 {token}，也未设置 {groups}，因此客户端无需身份验证即可连接',
  },
  fixNotes: {
    'AUTH and RBAC both require TLS': 'AUTH 和 RBAC 都需要 TLS',
    'an AWS::ElastiCache::UserGroup': '一个 AWS::ElastiCache::UserGroup',
    'or a token kept in Secrets Manager:\nAuthToken: "{{resolve:secretsmanager:cache-auth:SecretString:token}}"':
      '或者使用保存在 Secrets Manager 中的令牌：\nAuthToken: "{{resolve:secretsmanager:cache-auth:SecretString:token}}"',
    'or a token kept outside the configuration:\nauth_token = data.aws_secretsmanager_secret_version.cache.secret_string':
      '或者使用保存在配置之外的令牌：\nauth_token = data.aws_secretsmanager_secret_version.cache.secret_string',
  },
  checkedAgainst: '2a3e137c4c68405f',
});
