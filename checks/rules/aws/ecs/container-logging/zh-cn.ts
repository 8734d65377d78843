/** AWS-ECS-CONTAINER-LOGGING in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: 'ECS 容器通过日志驱动程序发送输出',
  problem: 'ECS 容器没有日志配置',
  rationale:
    '没有日志配置时，ECS 不会把容器写到 stdout 和 stderr 的内容发送到任何地方：在 Fargate 上，任务停止后这些输出就丢失了；在 EC2 上，它们只留在某一台主机的 Docker json-file 日志里。启动时就崩溃的任务因此不会留下任何可供诊断的信息；awslogs 驱动程序（或 FireLens）可以把输出发送到 CloudWatch Logs 或其他目标。',
  messages: {
    none: '任务定义 {task} 的容器 {container} 没有 {property}，因此其输出不会被收集',
  },
  fixNotes: {
    'an AWS::Logs::LogGroup with RetentionInDays': '一个设置了 RetentionInDays 的 AWS::Logs::LogGroup',
  },
  checkedAgainst: 'dc02b733a85a39d2',
});
