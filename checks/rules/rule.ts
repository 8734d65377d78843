/** What a rule is: metadata (a zod schema, published with `plumbline rules`) plus one check over the model. */
import { z } from 'zod';
import type { Format } from '../formats/format.ts';
import type { ResourceKind } from '../model/aws/index.ts';
import type { Model } from '../model/model.ts';
import type { Place, ResourceBase } from '../model/types.ts';
import { Pillar, Severity } from '../vocabulary.ts';


export const RuleMeta = z.object({
  /** Stable id, provider first, e.g. `AWS-S3-PUBLIC-ACCESS-BLOCK` or `K8S-POD-PRIVILEGED`; never reused for another check. */
  id: z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/),
  /** One line that names the good state, e.g. "S3 buckets block public access". */
  title: z.string().min(10),
  pillar: Pillar,
  severity: Severity,
  /** Why it matters, in two or three sentences. */
  rationale: z.string().min(40),
  /** Fix snippet per format, showing the corrected setting in context; a rule has one for each format it checks. */
  fix: z
    .object({ cloudformation: z.string().min(10).optional(), terraform: z.string().min(10).optional() } satisfies Record<Format, z.ZodType>)
    .refine((fix) => Object.values(fix).some(Boolean), 'a rule needs a fix for at least one format'),
  /** Slug of the guide under /guides/ that explains the practice. */
  guide: z.string().regex(/^[a-z0-9-]+$/),
  /** Model kinds the rule reads. */
  reads: z.array(z.string()).min(1),
  /** The same check in other tools, for users migrating from them. */
  equivalents: z
    .object({
      checkov: z.array(z.string()),
      trivy: z.array(z.string()),
      kics: z.array(z.string()),
      cfn_nag: z.array(z.string()),
    })
    .partial(),
});
export type RuleMeta = z.infer<typeof RuleMeta>;

/** A rule reports a resource, the place of the offending value, and a message naming the value. */
export type Report = (resource: ResourceBase, at: Place, message: string) => void;

export interface Rule extends RuleMeta {
  reads: ResourceKind[];
  check(model: Model, report: Report): void;
}

/** Typed identity: keeps a rule module to its metadata and its check. Metadata is validated by the rule tests. */
export function defineRule(rule: Rule): Rule {
  return rule;
}
