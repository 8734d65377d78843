/** Frontmatter of a guide or event playbook: the single source for the content collection and the data exports. */
import { z } from 'zod';
import { Pillar } from '../../checks/index.ts';

export const Risk = z.enum(['high', 'medium', 'low']);

export const GuideFrontmatter = z.object({
  /** Stable id, pillar-prefixed (`SEC-04`) or `EVT-01` for event playbooks; the same in every language. */
  id: z.string().regex(/^(SEC|REL|PERF|COST|OPS|SUS|EVT)-\d{2}$/, 'id must look like SEC-04 or EVT-01'),
  /** `guide` for a best practice, `playbook` for an event-readiness timeline. */
  kind: z.enum(['guide', 'playbook']).default('guide'),
  title: z.string().min(5),
  pillar: Pillar,
  /** Services the guide applies to, as short names (`s3`, `ec2`, `eks`). */
  services: z.array(z.string().regex(/^[a-z0-9-]+$/)).min(1),
  /** How much harm ignoring this practice tends to cause. */
  risk: Risk,
  /** One or two sentences: what to do. */
  summary: z.string().min(20),
  /** What a workload looks like once the practice is in place. */
  desiredOutcome: z.string().min(20),
  /** Common ways teams get it wrong. */
  antiPatterns: z.array(z.string()).min(1),
  /** What following the practice buys. */
  benefits: z.array(z.string()).min(1),
  /** Rule ids from `checks/` that verify the practice; empty means it needs a human review. */
  checks: z.array(z.string()).default([]),
  /** When a person last checked the guide against current service behaviour. */
  lastReviewed: z.coerce.date(),
  /** Language of this copy; the same slug exists once per language. */
  lang: z.enum(['en', 'zh-cn']),
});
export type GuideFrontmatter = z.infer<typeof GuideFrontmatter>;
