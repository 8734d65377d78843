/** What the text and Markdown reports say around the findings, in each language; findings speak through finding-text.ts. */
import { pillarLabels, severityLabels, type Language, type Severity } from '../vocabulary.ts';

type Counts = Record<Severity, number>;

const severities: Severity[] = ['critical', 'high', 'medium', 'low'];

const en = {
  pillars: pillarLabels.en,
  /** Lower case in running text and tables, as the reports always wrote them. */
  severity: (severity: Severity): string => severity,
  notScored: 'n/a',
  pillarHeading: (pillar: string, score: string) => `${pillar} (score ${score})`,
  resources: (count: number) => ` (${count} resources)`,
  fix: 'Fix:',
  guide: (url: string) => `Guide: ${url}`,
  suppressionExpired: (date: string | undefined, reason: string) => `suppression expired on ${date}: "${reason}"`,
  findings: (count: number) => `${count} finding${count === 1 ? '' : 's'}`,
  counts: (counts: Counts) => severities.map((severity) => `${counts[severity]} ${severity}`).join(', '),
  textSummary: (findings: string, counts: string) => `${findings} (${counts})`,
  suppressed: (count: number) => `, ${count} suppressed`,
  suppressedHeading: 'Suppressed',
  /** `how` is the suppression's syntax: a peer's (`cfn_nag rules_to_suppress`) or one of `ownSuppressions`. */
  suppressedBy: (how: string, reason: string) => `suppressed by ${how}: ${reason}`,
  ownSuppressions: { metadata: 'Metadata plumbline ignore', comment: 'a plumbline:ignore comment', config: '.plumbline.yml', baseline: 'the baseline' },
  noReason: 'no reason given',
  checkedFiles: (count: number) => ` in ${count} checked file${count === 1 ? '' : 's'}`,
  skipped: (count: number) => `, ${count} skipped`,
  withErrors: (count: number) => `, ${count} with errors`,
  score: (overall: string, pillars: string) => `Score ${overall}/100 — ${pillars}`,
  markdownTitle: 'Plumbline architecture review',
  noFindings: (files: number) => `No findings in ${files} checked file${files === 1 ? '' : 's'}.`,
  markdownCounts: (icon: (severity: Severity) => string, counts: Counts) => severities.map((severity) => `${icon(severity)} ${counts[severity]} ${severity}`).join(' · '),
  markdownSummary: (findings: string, counts: string) => `**${findings}**: ${counts}`,
  markdownSuppressed: (count: number) => ` (${count} suppressed)`,
  scoreTable: ['Pillar', 'Score'] as [string, string],
  overall: 'Overall',
  findingTable: ['Severity', 'Rule', 'Where', 'What'] as [string, string, string, string],
  uncheckedFiles: 'Files that could not be checked',
};

export type ReportWords = typeof en;

const zhCn: ReportWords = {
  pillars: pillarLabels['zh-cn'],
  severity: (severity) => severityLabels['zh-cn'][severity],
  notScored: '无',
  pillarHeading: (pillar, score) => `${pillar}（得分 ${score}）`,
  resources: (count) => `（${count} 个资源）`,
  fix: '修复：',
  guide: (url) => `指南：${url}`,
  suppressionExpired: (date, reason) => `忽略已于 ${date} 过期：“${reason}”`,
  findings: (count) => `共 ${count} 个问题`,
  counts: (counts) => severities.map((severity) => `${severityLabels['zh-cn'][severity]} ${counts[severity]}`).join('、'),
  textSummary: (findings, counts) => `${findings}（${counts}）`,
  suppressed: (count) => `，已忽略 ${count} 个`,
  suppressedHeading: '已忽略',
  suppressedBy: (how, reason) => `已由 ${how} 忽略：${reason}`,
  ownSuppressions: { metadata: 'Metadata 中的 plumbline ignore', comment: 'plumbline:ignore 注释', config: '.plumbline.yml', baseline: '基线' },
  noReason: '未写明原因',
  checkedFiles: (count) => `，检查了 ${count} 个文件`,
  skipped: (count) => `，跳过 ${count} 个`,
  withErrors: (count) => `，${count} 个出错`,
  score: (overall, pillars) => `总分 ${overall}/100 — ${pillars}`,
  markdownTitle: 'Plumbline 架构评审',
  noFindings: (files) => `检查了 ${files} 个文件，没有发现问题。`,
  markdownCounts: (icon, counts) => severities.map((severity) => `${icon(severity)} ${severityLabels['zh-cn'][severity]} ${counts[severity]}`).join(' · '),
  markdownSummary: (findings, counts) => `**${findings}**：${counts}`,
  markdownSuppressed: (count) => `（已忽略 ${count} 个）`,
  scoreTable: ['支柱', '得分'],
  overall: '总分',
  findingTable: ['严重程度', '规则', '位置', '问题'],
  uncheckedFiles: '无法检查的文件',
};

export const reportWords: Record<Language, ReportWords> = { en, 'zh-cn': zhCn };
