/** Console text for event readiness and paging, both languages (terms as in strings/events.ts). */
import type { PageReason } from '../../services/paging.ts';

interface ConsoleEventStrings {
  navEvents: string;
  eventsTitle: string;
  eventsIntro: string;
  noEvents: string;
  columns: { starts: string; event: string; customer: string; owner: string; standby: string; pages: string };
  unowned: string;
  standby: { before: string; open: string; after: string; unpaid: string; 'not-event': string };
  alertsTitle: (count: number) => string;
  reasons: Record<PageReason, string>;
  respondBy: (time: string) => string;
  openCase: string;
  eventSection: string;
  runbookSection: string;
  runbookHint: string;
  runbookField: string;
  runbookSave: string;
  runbookShare: string;
  runbookShared: (date: string) => string;
  runbookNotShared: string;
  pagesSection: string;
  noPages: string;
  acknowledgeField: string;
  acknowledgeSubmit: string;
  answeredBy: (reviewer: string, date: string) => string;
  postEventHint: string;
}

const en: ConsoleEventStrings = {
  navEvents: 'Events',
  eventsTitle: 'Upcoming events',
  eventsIntro: 'Paid event-readiness cases by start time. During each standby window the customer can page the owning engineer, with a 15-minute response target.',
  noEvents: 'No upcoming events.',
  columns: { starts: 'Starts (UTC)', event: 'Event', customer: 'Customer', owner: 'Owner', standby: 'Standby', pages: 'Open pages' },
  unowned: 'unclaimed',
  standby: { before: 'not yet open', open: 'open now', after: 'closed', unpaid: 'not paid', 'not-event': '–' },
  alertsTitle: (count) => (count === 1 ? 'You are paged: 1 open page' : `You are paged: ${count} open pages`),
  reasons: { 'live-issue': 'Live issue during an event', 'critical-case': 'Critical case' },
  respondBy: (time) => `respond by ${time}`,
  openCase: 'Open the case',
  eventSection: 'Event and readiness',
  runbookSection: 'Runbook',
  runbookHint: 'Generated from the intake and the readiness results. Edit it in Markdown (task lists: "- [ ] task"); the customer sees it once you share it, and every later save.',
  runbookField: 'Runbook (Markdown)',
  runbookSave: 'Save the runbook',
  runbookShare: 'Save and share with the customer',
  runbookShared: (date) => `Shared with the customer on ${date}; saves update what they see.`,
  runbookNotShared: 'Not shared with the customer yet.',
  pagesSection: 'Pages',
  noPages: 'No pages on this case.',
  acknowledgeField: 'Answer to the customer',
  acknowledgeSubmit: 'Acknowledge and answer',
  answeredBy: (reviewer, date) => `Answered by ${reviewer} at ${date}`,
  postEventHint: 'After the event, write the post-event review (what happened against the plan, the metrics, what to improve) in the review below and deliver it.',
};

const zhCn: ConsoleEventStrings = {
  navEvents: '活动',
  eventsTitle: '即将进行的活动',
  eventsIntro: '按开始时间列出已付款的活动保障。值守窗口内，客户可以呼叫负责的工程师，目标是 15 分钟内响应。',
  noEvents: '暂无即将进行的活动。',
  columns: { starts: '开始时间（UTC）', event: '活动', customer: '客户', owner: '负责人', standby: '值守', pages: '未处理的呼叫' },
  unowned: '未认领',
  standby: { before: '尚未开始', open: '进行中', after: '已结束', unpaid: '未付款', 'not-event': '–' },
  alertsTitle: (count) => `你有 ${count} 个未处理的呼叫`,
  reasons: { 'live-issue': '活动期间的实时问题', 'critical-case': '紧急工单' },
  respondBy: (time) => `请在 ${time} 前响应`,
  openCase: '打开工单',
  eventSection: '活动与就绪检查',
  runbookSection: '运行手册',
  runbookHint: '根据活动信息和就绪检查结果生成。用 Markdown 编辑（任务列表写作“- [ ] 任务”）；共享后客户即可看到，之后每次保存都会同步更新。',
  runbookField: '运行手册（Markdown）',
  runbookSave: '保存运行手册',
  runbookShare: '保存并共享给客户',
  runbookShared: (date) => `已于 ${date} 共享给客户；之后的保存会更新客户看到的内容。`,
  runbookNotShared: '尚未共享给客户。',
  pagesSection: '呼叫',
  noPages: '这个工单没有呼叫。',
  acknowledgeField: '给客户的答复',
  acknowledgeSubmit: '确认并答复',
  answeredBy: (reviewer, date) => `${reviewer} 于 ${date} 答复`,
  postEventHint: '活动结束后，请在下方的评审中撰写活动复盘（实际情况与计划的对比、关键指标、改进建议）并交付。',
};

export const consoleEventStrings = { en, 'zh-cn': zhCn };
