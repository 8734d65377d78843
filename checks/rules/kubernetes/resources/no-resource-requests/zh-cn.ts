/** K8S-NO-RESOURCE-REQUESTS in Simplified Chinese, written for Chinese readers; checkedAgainst is explained in checks/rules/translate.ts. */
import { translateRule } from '../../../translate.ts';
import rule from './rule.ts';

export default translateRule(rule, {
  title: '容器为所需的 CPU 和内存设置了请求值',
  problem: '容器未设置 CPU 或内存请求值',
  rationale:
    '调度器按请求值放置 Pod：不设请求值的容器会被当作什么都不需要，结果要么节点被塞得过满、负载一高就资源紧张，要么为了保险把节点留得比实际需要更大、更空。请求值贴近实际用量，集群就能用更少、更满的节点运行，节点繁忙时容器也能得到有保障的份额。',
  messages: {
    missing: '容器 {container} 未请求 {resources}，调度器会认为它完全不需要这些资源',
  },
  fixNotes: {
    'about what it uses under normal load': '大约等于正常负载下的用量',
  },
  checkedAgainst: 'fec71a72b128aa27',
});
