/**
 * The words every part of Plumbline shares: the six Well-Architected pillars, the four severities and the two
 * languages, each defined once with its labels. The site, the Worker and the reporters take them from here.
 */
import { z } from 'zod';

/** The six Well-Architected pillars, the axis every rule, guide and score is organised on (in framework order). */
export const Pillar = z.enum(['security', 'reliability', 'performance', 'cost', 'operations', 'sustainability']);
export type Pillar = z.infer<typeof Pillar>;

export const Severity = z.enum(['critical', 'high', 'medium', 'low']);
export type Severity = z.infer<typeof Severity>;
/** Most severe first. */
export const severityOrder: Severity[] = [...Severity.options];

/** The languages guides, reports and reviews are written in. */
export const Language = z.enum(['en', 'zh-cn']);
export type Language = z.infer<typeof Language>;

/** Pillar names as the framework spells them, per language. */
export const pillarLabels: Record<Language, Record<Pillar, string>> = {
  en: {
    security: 'Security',
    reliability: 'Reliability',
    performance: 'Performance efficiency',
    cost: 'Cost optimisation',
    operations: 'Operational excellence',
    sustainability: 'Sustainability',
  },
  'zh-cn': { security: '安全性', reliability: '可靠性', performance: '性能效率', cost: '成本优化', operations: '卓越运营', sustainability: '可持续性' },
};

export const severityLabels: Record<Language, Record<Severity, string>> = {
  en: { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low' },
  'zh-cn': { critical: '严重', high: '高', medium: '中', low: '低' },
};
