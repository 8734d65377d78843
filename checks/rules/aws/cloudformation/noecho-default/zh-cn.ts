/** AWS-CFN-NOECHO-DEFAULT in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '机密参数和变量不在源码中写默认值',
  problem: '机密参数或变量写有默认值，并用作密码或机密',
  rationale:
    'NoEcho 会在控制台和 DescribeStacks 中隐藏参数值，sensitive 会在 plan 输出中隐藏变量值，但两者都遮不住写在模板或配置里的默认值：它以明文留在代码仓库和代码的每一份副本中。凡是部署时没有覆盖它的堆栈或工作区，都会用上同一个密码，任何能读到代码的人都知道它。去掉默认值，每次部署就必须自行提供；改由 Secrets Manager 管理机密，则能让它彻底不出现在代码中。',
  messages: {
    parameter: '参数 {input} 在模板中写有默认值，并用作 {type} {resource} 的 {property}：凡是部署时未为它传值的堆栈，都会用上同一个机密',
    variable: '变量 {input} 在配置中写有默认值，并用作 {type} {resource} 的 {property}：凡是 apply 时未为它传值，都会用上同一个机密',
  },
  fixNotes: {
    'no Default: each deployment passes its own value': '不写 Default：每次部署都传入自己的值',
    'better: leave the parameter out and set ManageMasterUserPassword: true': '更好的做法：去掉这个参数，改为设置 ManageMasterUserPassword: true',
    'no default: set it with TF_VAR_db_password from a secret store': '不写 default：通过 TF_VAR_db_password 从机密存储中传入',
    'better: manage_master_user_password = true on aws_db_instance / aws_rds_cluster': '更好的做法：在 aws_db_instance / aws_rds_cluster 上设置 manage_master_user_password = true',
  },
  checkedAgainst: 'e91e552d19a71cc7',
});
