/**
 * The delivered review as one document: the engineer's text, their verdict on each automated finding, and
 * the follow-up. The page, the Markdown download and the printed PDF are all made from this.
 */
import { findingText, type Finding } from '../../checks/index.ts';
import type { FindingNoteRow, Language, RequestRow } from '../schemas/requests.ts';
import { tierName } from './requests.ts';

export const findingKey = (finding: Pick<Finding, 'ruleId' | 'file' | 'line' | 'column'>) => `${finding.ruleId}@${finding.file}:${finding.line}:${finding.column}`;

export interface ReviewedFinding {
  key: string;
  title: string;
  location: string;
  note: FindingNoteRow;
}

/**
 * The notes a reviewer wrote, matched to the findings of the linked report (notes on vanished findings keep their key),
 * each titled in the language the review is written in.
 */
export function reviewedFindings(findings: Finding[], notes: FindingNoteRow[], language: Language): ReviewedFinding[] {
  const byKey = new Map(findings.map((finding) => [findingKey(finding), finding]));
  return notes.map((note) => {
    const finding = byKey.get(note.finding_key);
    return {
      key: note.finding_key,
      title: finding ? findingText(finding, language).title : note.finding_key.split('@')[0]!,
      location: finding ? `${finding.file}:${finding.line}` : (note.finding_key.split('@')[1] ?? ''),
      note,
    };
  });
}

const labels = {
  en: {
    title: 'Architecture review',
    by: 'Reviewed by',
    delivered: 'Delivered',
    tier: 'Review',
    findings: 'Verdict on the automated findings',
    followUp: 'Follow-up question',
    answer: 'Answer',
    verdicts: { agree: 'Confirmed', dismiss: 'Dismissed', severity: 'Severity changed', comment: 'Comment' },
  },
  'zh-cn': {
    title: '架构评审',
    by: '评审工程师',
    delivered: '交付日期',
    tier: '评审类型',
    findings: '对自动检查结果的结论',
    followUp: '追问',
    answer: '回答',
    verdicts: { agree: '确认', dismiss: '不采纳', severity: '调整严重程度', comment: '备注' },
  },
} as const;

export function reviewMarkdownDocument(request: RequestRow, reviewed: ReviewedFinding[], language: Language = request.review_language): string {
  const t = labels[language];
  const lines = [
    `# ${t.title}`,
    '',
    `- ${t.tier}: ${tierName(request.tier, language)}`,
    `- ${t.by}: ${request.owner_email ?? ''}`,
    `- ${t.delivered}: ${request.delivered_at ? new Date(request.delivered_at).toISOString().slice(0, 10) : ''}`,
    '',
    request.review_markdown ?? '',
  ];
  if (reviewed.length > 0) {
    lines.push('', `## ${t.findings}`, '');
    for (const item of reviewed) {
      const severity = item.note.verdict === 'severity' && item.note.severity ? ` → ${item.note.severity}` : '';
      lines.push(`- **${t.verdicts[item.note.verdict]}${severity}**: ${item.title} (\`${item.location}\`)${item.note.note ? `. ${item.note.note}` : ''}`);
    }
  }
  if (request.follow_up_question) {
    lines.push(
      '',
      `## ${t.followUp}`,
      '',
      request.follow_up_question
        .split('\n')
        .map((line) => `> ${line}`)
        .join('\n'),
    );
    if (request.follow_up_answer) lines.push('', `### ${t.answer}`, '', request.follow_up_answer);
  }
  return `${lines.join('\n').trim()}\n`;
}
