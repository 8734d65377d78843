/** What the architecture diagram says, in both languages: band names, node status lines, accessible names, legend. */
import type { Language, Severity } from '../vocabulary.ts';
import { severityLabels } from '../vocabulary.ts';
import type { ArchitectureGroup } from './schema.ts';

export type SeverityCounts = Record<Severity, number>;

export interface DiagramText {
  groups: Record<ArchitectureGroup, string>;
  /** The diagram's own accessible name. */
  title: (resources: number, links: number) => string;
  /** A band, for screen readers: "Compute, 3 resources". */
  band: (group: string, resources: number) => string;
  /** Short status under a node, its worst first: "2 high · 3 more" (the accessible name has every count). */
  status: (counts: SeverityCounts) => string;
  noFindings: string;
  /** Shown for a type no rule reads, so "no findings" is not read as "checked and fine". */
  notChecked: string;
  /** Findings of a resource in words: "2 high findings, 1 low finding", "no findings", or that no rule read it. */
  findings: (counts: SeverityCounts, checked: boolean) => string;
  /** Accessible name of one resource: "AWS::S3::Bucket Logs, 2 high findings". */
  resource: (type: string, name: string, counts: SeverityCounts, checked: boolean) => string;
  /** Second line of a collapsed node. */
  resources: (count: number) => string;
  /** Accessible name of a node standing for several resources of one type. */
  collapsed: (type: string, count: number, counts: SeverityCounts) => string;
  /** First line and accessible name of the node holding a band's leftovers of several types. */
  more: (count: number) => string;
  moreTypes: (count: number, types: number, counts: SeverityCounts) => string;
  legend: { severity: Record<Severity, string>; none: string; notChecked: string; uses: string; waitsFor: string };
}

const severities: Severity[] = ['critical', 'high', 'medium', 'low'];
const present = (counts: SeverityCounts) => severities.filter((severity) => counts[severity] > 0);
const anyFindings = (counts: SeverityCounts) => present(counts).length > 0;
/** The worst severity present, its count, and how many findings are less severe. */
function worstAndRest(counts: SeverityCounts): { worst: Severity; count: number; rest: number } | undefined {
  const [worst] = present(counts);
  if (!worst) return undefined;
  return { worst, count: counts[worst], rest: severities.reduce((sum, severity) => sum + counts[severity], 0) - counts[worst] };
}

const enSeverity = (severity: Severity, count: number) => `${count} ${severity} finding${count === 1 ? '' : 's'}`;
const enFindings = (counts: SeverityCounts) =>
  anyFindings(counts)
    ? present(counts)
        .map((severity) => enSeverity(severity, counts[severity]))
        .join(', ')
    : 'no findings';

const en: DiagramText = {
  groups: {
    edge: 'Edge',
    network: 'Network',
    compute: 'Compute',
    messaging: 'Messaging',
    data: 'Data',
    security: 'Security & identity',
    observability: 'Observability',
    other: 'Other',
  },
  title: (resources, links) => `Architecture: ${resources} resource${resources === 1 ? '' : 's'}, ${links} link${links === 1 ? '' : 's'}`,
  band: (group, resources) => `${group}, ${resources} resource${resources === 1 ? '' : 's'}`,
  status: (counts) => {
    const summary = worstAndRest(counts);
    return summary ? `${summary.count} ${summary.worst}${summary.rest > 0 ? ` · ${summary.rest} more` : ''}` : '';
  },
  noFindings: 'no findings',
  notChecked: 'not checked',
  findings: (counts, checked) => (checked || anyFindings(counts) ? enFindings(counts) : 'not checked by any rule'),
  resource: (type, name, counts, checked) => `${type} ${name}, ${en.findings(counts, checked)}`,
  resources: (count) => `${count} resource${count === 1 ? '' : 's'}`,
  collapsed: (type, count, counts) => `${count} ${type} resources, ${enFindings(counts)}`,
  more: (count) => `${count} more`,
  moreTypes: (count, types, counts) => `${count} more resources of ${types} types, ${enFindings(counts)}`,
  legend: { severity: { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' }, none: 'No findings', notChecked: 'Not checked', uses: 'uses', waitsFor: 'waits for' },
};

const zhSeverity = severityLabels['zh-cn'];
const zhFindings = (counts: SeverityCounts) =>
  anyFindings(counts)
    ? present(counts)
        .map((severity) => `${counts[severity]} 个${zhSeverity[severity]}严重程度问题`)
        .join('，')
    : '没有问题';

const zhCn: DiagramText = {
  groups: {
    edge: '边缘',
    network: '网络',
    compute: '计算',
    messaging: '消息',
    data: '数据',
    security: '安全与身份',
    observability: '可观测性',
    other: '其他',
  },
  title: (resources, links) => `架构图：${resources} 个资源，${links} 条关联`,
  band: (group, resources) => `${group}，${resources} 个资源`,
  status: (counts) => {
    const summary = worstAndRest(counts);
    return summary ? `${zhSeverity[summary.worst]} ${summary.count} 个${summary.rest > 0 ? ` · 另有 ${summary.rest} 个` : ''}` : '';
  },
  noFindings: '没有问题',
  notChecked: '未检查',
  findings: (counts, checked) => (checked || anyFindings(counts) ? zhFindings(counts) : '没有规则检查此类型'),
  resource: (type, name, counts, checked) => `${type} ${name}，${zhCn.findings(counts, checked)}`,
  resources: (count) => `${count} 个资源`,
  collapsed: (type, count, counts) => `${count} 个 ${type} 资源，${zhFindings(counts)}`,
  more: (count) => `其余 ${count} 个`,
  moreTypes: (count, types, counts) => `其余 ${count} 个资源（${types} 种类型），${zhFindings(counts)}`,
  legend: { severity: zhSeverity, none: '没有问题', notChecked: '未检查', uses: '使用', waitsFor: '等待' },
};

export const diagramText: Record<Language, DiagramText> = { en, 'zh-cn': zhCn };
