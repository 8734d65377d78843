/** Text of the Worker-rendered report page in both languages. */
import { Format, formatLabels, pillarLabels, severityLabels } from '../../../checks/index.ts';

/** A fix's format by its name; a stored report may carry one this version no longer knows. */
const formatName = (format: string) => {
  const known = Format.safeParse(format);
  return known.success ? formatLabels[known.data].name : format;
};

const en = {
  title: 'Architecture review',
  checkedOn: (date: string) => `Checked on ${date}`,
  files: 'Files checked',
  retention: (date: string, days: number) =>
    `The uploaded files are deleted on ${date}, ${days} days after upload; this report stays until you delete it. Values that looked like secrets were redacted before anything was stored.`,
  filesGone: (days: number) => `The uploaded files have been deleted after ${days} days; the report remains, without source excerpts.`,
  scores: 'Scores',
  overall: 'Overall',
  scoreChart: (summary: string) => `Scores out of 100: ${summary}`,
  notAssessed: 'not enough to score',
  findings: (count: number) => (count === 1 ? '1 finding' : `${count} findings`),
  suppressed: (count: number) => (count === 1 ? '1 suppressed finding (listed in the JSON and SARIF downloads)' : `${count} suppressed findings (listed in the JSON and SARIF downloads)`),
  /** While filters hide some: the template keeps `{shown}` for the script to fill in. */
  findingsFiltered: (shown: number | string, total: number) => `${shown} of ${total} findings`,
  filter: 'Show',
  allPillars: 'All pillars',
  allSeverities: 'All severities',
  filterEmpty: 'No findings match these filters.',
  filterClear: 'Show all findings',
  /** A rule's findings collapsed into one group: how many, on how many resources. */
  groupCount: (findings: number, resources: number) =>
    findings === resources ? `Found on ${resources} resources` : `Found ${findings} times on ${resources === 1 ? '1 resource' : `${resources} resources`}`,
  groupWhere: (findings: number) => `All ${findings} places`,
  noFindings: 'No findings: every rule that applies to these templates passed.',
  compactNotice: (shown: number, rest: number) => `The first ${shown} findings are shown in full; the others (${rest}) more briefly. The JSON and SARIF downloads hold every detail.`,
  unlisted: (count: number) => `${count} more findings, counted by rule (listed in the downloads)`,
  why: 'Why it matters',
  fix: (format: string) => `How to fix it (${formatName(format)})`,
  guide: 'Read the guide',
  rule: 'Rule',
  onlyWhen: 'Only when',
  download: 'Download',
  humanTitle: 'Want an engineer to look at it?',
  humanBody: 'Pay per review, no contract. The engineer who picks up your review owns it until it is done.',
  humanCta: 'Get a human review',
  diagnostics: 'Files that were skipped',
  pillars: pillarLabels.en,
  severities: severityLabels.en,
};

export type ReportStrings = typeof en;

const zhCn: ReportStrings = {
  title: '架构评审报告',
  checkedOn: (date: string) => `检查时间：${date}`,
  files: '已检查的文件',
  retention: (date: string, days: number) => `上传的文件将于 ${date}（上传 ${days} 天后）删除；本报告会一直保留，直到你将其删除。看起来像密钥的值在存储前均已脱敏。`,
  filesGone: (days: number) => `上传的文件已在 ${days} 天后删除；报告仍然保留，但不再显示源码片段。`,
  scores: '评分',
  overall: '总分',
  scoreChart: (summary: string) => `各项得分（满分 100）：${summary}`,
  notAssessed: '证据不足，不评分',
  findings: (count: number) => `共 ${count} 个问题`,
  suppressed: (count: number) => `${count} 个问题已被忽略（JSON 和 SARIF 下载中仍可查看）`,
  findingsFiltered: (shown: number | string, total: number) => `共 ${total} 个问题，显示 ${shown} 个`,
  filter: '筛选',
  allPillars: '全部支柱',
  allSeverities: '全部严重程度',
  filterEmpty: '没有符合这些筛选条件的问题。',
  filterClear: '显示全部问题',
  groupCount: (findings: number, resources: number) => (findings === resources ? `涉及 ${resources} 个资源` : `在 ${resources} 个资源上发现 ${findings} 处`),
  groupWhere: (findings: number) => `全部 ${findings} 处位置`,
  noFindings: '没有发现问题：适用于这些模板的规则全部通过。',
  compactNotice: (shown: number, rest: number) => `前 ${shown} 个问题显示完整内容，其余 ${rest} 个问题只显示简要信息。JSON 和 SARIF 下载中包含全部细节。`,
  unlisted: (count: number) => `另有 ${count} 个问题，按规则统计如下（完整列表见下载文件）`,
  why: '为什么重要',
  fix: (format: string) => `修复方法（${formatName(format)}）`,
  guide: '阅读对应指南',
  rule: '规则',
  onlyWhen: '仅在以下条件下',
  download: '下载',
  humanTitle: '想请工程师看一看？',
  humanBody: '按次付费，无需合同。接手评审的工程师从头负责到底。',
  humanCta: '找工程师评审',
  diagnostics: '已跳过的文件',
  pillars: pillarLabels['zh-cn'],
  severities: severityLabels['zh-cn'],
};

export const reportStrings: Record<'en' | 'zh-cn', ReportStrings> = { en, 'zh-cn': zhCn };
