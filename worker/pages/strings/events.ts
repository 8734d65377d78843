/**
 * Text of the event-readiness pages in both languages: the intake fields of the request form, the readiness
 * results, the runbook, the standby window and live issues. Terms: 活动保障 (event readiness), 运行手册
 * (runbook), 值守 (standby), 实时问题 (live issue), 复盘 (post-event review).
 */
import type { EventType, ReadinessStatus } from '../../../checks/index.ts';
import type { EventFieldName } from '../../schemas/events.ts';

interface EventStrings {
  legend: string;
  intro: string;
  fields: Record<EventFieldName, { label: string; hint?: string }>;
  eventTypes: Record<EventType, string>;
  errors: Record<EventFieldName | 'reportId', string>;
  filesExpired: string;
  readinessTitle: string;
  readinessIntro: string;
  summary: (pass: number, warn: number, fail: number) => string;
  status: Record<ReadinessStatus, string>;
  assumptions: string;
  quotasTitle: string;
  quotaColumns: { service: string; quota: string; defaultValue: string; askFor: string; reason: string };
  payForEvent: string;
  eventTitle: string;
  when: string;
  duration: (minutes: number) => string;
  durationLabel: string;
  submitEvent: string;
  peak: string;
  regions: string;
  none: string;
  runbookTitle: string;
  runbookNotShared: string;
  runbookOpen: string;
  runbookPrint: string;
  runbookUpdated: (reviewer: string, date: string) => string;
  standbyTitle: string;
  standby: { before: (opens: string) => string; open: string; after: string; unpaid: string };
  liveIssueField: string;
  liveIssueHint: string;
  liveIssueSubmit: string;
  liveIssueRaised: string;
  pagesTitle: string;
  pageWaiting: (respondBy: string) => string;
  pageAnswered: (reviewer: string) => string;
  postEventTitle: string;
  postEventIntro: string;
}

const en: EventStrings = {
  legend: 'Your event',
  intro: 'For event readiness only: tell us about the launch, cut-over or sale. We hold the architecture in your report against the peak you expect and show the results before you pay.',
  fields: {
    eventType: { label: 'Kind of event' },
    eventDate: { label: 'Date', hint: 'The day the event starts, in its own time zone.' },
    eventTime: { label: 'Start time', hint: '24-hour, e.g. 20:00.' },
    timeZone: { label: 'Time zone', hint: 'A name such as Asia/Shanghai, Europe/Berlin or America/New_York.' },
    durationMinutes: { label: 'Duration in minutes', hint: 'How long the peak lasts.' },
    peakRps: { label: 'Expected peak, requests per second' },
    baselineRps: { label: 'Today’s normal traffic, requests per second (optional)' },
    concurrentUsers: { label: 'Concurrent users at the peak (optional)' },
    peakWritesPerSecond: { label: 'Orders or database writes per second at the peak (optional)' },
    perInstanceRps: { label: 'Requests one server or task handles per second (optional)', hint: 'From your load tests. Without it we use a stated default and say so.' },
    regions: { label: 'AWS Regions (optional)', hint: 'Region codes separated by commas, e.g. us-east-1, eu-west-1.' },
  },
  eventTypes: { launch: 'Product launch', migration: 'Migration cut-over', 'flash-sale': 'Flash sale', peak: 'Other peak' },
  errors: {
    eventType: 'Choose the kind of event.',
    eventDate: 'Enter the date as YYYY-MM-DD.',
    eventTime: 'Enter the start time as HH:MM (24-hour).',
    timeZone: 'Enter a time zone name such as Asia/Shanghai or Europe/Berlin.',
    durationMinutes: 'Enter the duration in whole minutes (at most 14 days).',
    peakRps: 'Enter the expected peak in requests per second.',
    baselineRps: 'Enter a number, or leave it empty.',
    concurrentUsers: 'Enter a number, or leave it empty.',
    peakWritesPerSecond: 'Enter a number, or leave it empty.',
    perInstanceRps: 'Enter a number, or leave it empty.',
    regions: 'List Region codes such as us-east-1, separated by commas.',
    reportId: 'Event readiness needs a report: check your architecture first and paste the report link here.',
  },
  filesExpired: 'The files of this report are no longer kept, so there is nothing to assess. Upload the architecture again and use the new report.',
  readinessTitle: 'Readiness for your peak',
  readinessIntro: 'Your architecture held against the peak you expect. Each check shows its arithmetic; the engineer reviews every one with you.',
  summary: (pass, warn, fail) => `${pass} pass · ${warn} warn · ${fail} fail`,
  status: { pass: 'Pass', warn: 'Warn', fail: 'Fail' },
  assumptions: 'Assumptions',
  quotasTitle: 'Service quotas to raise before the event',
  quotaColumns: { service: 'Service', quota: 'Quota', defaultValue: 'Usual default', askFor: 'Ask for', reason: 'Why' },
  payForEvent: 'Book event readiness',
  eventTitle: 'Your event',
  when: 'Starts',
  duration: (minutes) => (minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`),
  durationLabel: 'Duration',
  submitEvent: 'See the readiness results',
  peak: 'Expected peak',
  regions: 'Regions',
  none: 'none given',
  runbookTitle: 'Runbook',
  runbookNotShared: 'Your engineer prepares the runbook from these results and shares it here.',
  runbookOpen: 'Open the runbook',
  runbookPrint: 'Print or save as PDF',
  runbookUpdated: (reviewer, date) => `Last updated by ${reviewer} on ${date}`,
  standbyTitle: 'Live standby',
  standby: {
    before: (opens) => `An engineer is on live standby from ${opens}. During the window you can raise a live issue here and your engineer is paged, with a 15-minute response target.`,
    open: 'The standby window is open. Raise a live issue and your engineer is paged at once; first response within 15 minutes.',
    after: 'The standby window has closed. Your engineer is writing the post-event review.',
    unpaid: 'Live standby starts once the event is paid for.',
  },
  liveIssueField: 'What is happening?',
  liveIssueHint: 'What you see, since when, and what you have tried. Do not paste passwords or keys.',
  liveIssueSubmit: 'Page my engineer',
  liveIssueRaised: 'Your engineer has been paged. Their answer appears below and in your e-mail.',
  pagesTitle: 'Live issues',
  pageWaiting: (respondBy) => `Waiting for the engineer (response target ${respondBy})`,
  pageAnswered: (reviewer) => `${reviewer} answered`,
  postEventTitle: 'Post-event review',
  postEventIntro: 'What happened against the plan, the metrics, and what to improve.',
};

const zhCn: EventStrings = {
  legend: '你的活动',
  intro: '仅活动保障需要填写：告诉我们这次发布、割接或大促的情况。我们会用报告中的架构对照你预期的峰值做检查，付款前就能看到结果。',
  fields: {
    eventType: { label: '活动类型' },
    eventDate: { label: '日期', hint: '活动开始的日期，按活动所在时区。' },
    eventTime: { label: '开始时间', hint: '24 小时制，例如 20:00。' },
    timeZone: { label: '时区', hint: '例如 Asia/Shanghai、Europe/Berlin 或 America/New_York。' },
    durationMinutes: { label: '持续时间（分钟）', hint: '峰值持续多久。' },
    peakRps: { label: '预期峰值（每秒请求数）' },
    baselineRps: { label: '平时流量（每秒请求数，选填）' },
    concurrentUsers: { label: '峰值并发用户数（选填）' },
    peakWritesPerSecond: { label: '峰值每秒订单数或数据库写入数（选填）' },
    perInstanceRps: { label: '单台服务器或单个任务每秒能处理的请求数（选填）', hint: '来自你的压测结果。不填时我们使用一个默认值，并在结果中注明。' },
    regions: { label: 'AWS 区域（选填）', hint: '区域代码，用逗号分隔，例如 cn-north-1, ap-southeast-1。' },
  },
  eventTypes: { launch: '产品发布', migration: '迁移割接', 'flash-sale': '大促秒杀', peak: '其他高峰' },
  errors: {
    eventType: '请选择活动类型。',
    eventDate: '请按 YYYY-MM-DD 格式填写日期。',
    eventTime: '请按 HH:MM（24 小时制）填写开始时间。',
    timeZone: '请填写时区名称，例如 Asia/Shanghai 或 Europe/Berlin。',
    durationMinutes: '请以整分钟填写持续时间（最长 14 天）。',
    peakRps: '请填写预期峰值（每秒请求数）。',
    baselineRps: '请填写数字，或留空。',
    concurrentUsers: '请填写数字，或留空。',
    peakWritesPerSecond: '请填写数字，或留空。',
    perInstanceRps: '请填写数字，或留空。',
    regions: '请填写区域代码（例如 us-east-1），用逗号分隔。',
    reportId: '活动保障需要一份报告：请先检查你的架构，再把报告链接粘贴到这里。',
  },
  filesExpired: '这份报告的文件已超过保存期限，无法评估。请重新上传架构，并使用新的报告。',
  readinessTitle: '峰值就绪检查',
  readinessIntro: '用你预期的峰值检验你的架构。每项检查都列出了计算过程，工程师会和你逐项核对。',
  summary: (pass, warn, fail) => `${pass} 项通过 · ${warn} 项警告 · ${fail} 项未通过`,
  status: { pass: '通过', warn: '警告', fail: '未通过' },
  assumptions: '假设',
  quotasTitle: '活动前需要提升的服务配额',
  quotaColumns: { service: '服务', quota: '配额', defaultValue: '常见默认值', askFor: '申请提升到', reason: '原因' },
  payForEvent: '预订活动保障',
  eventTitle: '你的活动',
  when: '开始时间',
  duration: (minutes) => (minutes % 60 === 0 ? `${minutes / 60} 小时` : `${minutes} 分钟`),
  durationLabel: '持续时间',
  submitEvent: '查看就绪检查结果',
  peak: '预期峰值',
  regions: '区域',
  none: '未填写',
  runbookTitle: '运行手册',
  runbookNotShared: '你的工程师会根据这些结果准备运行手册，并在这里共享给你。',
  runbookOpen: '打开运行手册',
  runbookPrint: '打印或另存为 PDF',
  runbookUpdated: (reviewer, date) => `${reviewer} 最后更新于 ${date}`,
  standbyTitle: '实时值守',
  standby: {
    before: (opens) => `工程师将从 ${opens} 起实时值守。值守期间你可以在这里提交实时问题，系统会立即呼叫你的工程师，目标是 15 分钟内响应。`,
    open: '值守窗口已开启。提交实时问题后会立即呼叫你的工程师，15 分钟内首次响应。',
    after: '值守窗口已结束。你的工程师正在撰写活动复盘。',
    unpaid: '活动付款后才会开始实时值守。',
  },
  liveIssueField: '发生了什么？',
  liveIssueHint: '你看到的现象、从什么时候开始、已经尝试过什么。请不要粘贴密码或密钥。',
  liveIssueSubmit: '呼叫我的工程师',
  liveIssueRaised: '已呼叫你的工程师。回复会显示在下方，并发送到你的邮箱。',
  pagesTitle: '实时问题',
  pageWaiting: (respondBy) => `等待工程师响应（目标时间 ${respondBy}）`,
  pageAnswered: (reviewer) => `${reviewer} 已回复`,
  postEventTitle: '活动复盘',
  postEventIntro: '实际情况与计划的对比、关键指标，以及需要改进的地方。',
};

export const eventStrings: Record<'en' | 'zh-cn', EventStrings> = { en, 'zh-cn': zhCn };
