/** AWS-ASG-LAUNCH-CONFIGURATION in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'Auto Scaling 组使用启动模板启动实例',
  problem: '使用了 Auto Scaling 启动配置而不是启动模板',
  rationale:
    '启动配置已经冻结：2023 年 1 月之后发布的 EC2 实例类型都不能在其中使用，它也缺少启动模板的版本管理、混合实例类型、Spot 与按需组合以及较新的元数据和网络选项等功能。2024 年 10 月 1 日及之后创建的账户完全无法创建启动配置，因此声明了启动配置的模板在这些账户中会部署失败。',
  messages: {
    legacy: '启动配置 {configuration} 是旧版资源类型，请把其中的设置迁移到启动模板',
  },
  fixNotes: {
    'instead of LaunchConfigurationName': '代替 LaunchConfigurationName',
  },
  checkedAgainst: '67b6b8fac1f6daf6',
});
