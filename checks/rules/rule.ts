/** What a rule is: metadata (a zod schema, published with `plumbline rules`) plus one check over the model. */
import { z } from 'zod';
import type { Format } from '../formats/format.ts';
import type { ResourceKind } from '../model/kinds.ts';
import type { Model } from '../model/model.ts';
import type { Place, ResourceBase } from '../model/types.ts';
import { Pillar, Severity } from '../vocabulary.ts';
import type { MessageParams, ParamsOf, Placeholders } from './message.ts';

export const RuleMeta = z.object({
  /** Stable id, provider first, e.g. `AWS-S3-PUBLIC-ACCESS-BLOCK` or `K8S-POD-PRIVILEGED`; never reused for another check. */
  id: z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)+$/),
  /** One line that names the good state, e.g. "S3 buckets block public access": what good looks like, on the rule pages. */
  title: z.string().min(10),
  /** One line that names what is wrong, e.g. "S3 bucket grants public access through a canned ACL": a finding's title. */
  problem: z.string().min(10),
  pillar: Pillar,
  severity: Severity,
  /** Why it matters, in two or three sentences. */
  rationale: z.string().min(40),
  /**
   * English message templates by key (see message.ts): `{ cannedAcl: 'bucket {bucket} has the canned ACL {acl}' }`.
   * Placeholders take values, never prose; `` `false` `` marks a literal setting value.
   */
  messages: z.record(z.string(), z.string().min(10)).refine((messages) => Object.keys(messages).length > 0, 'a rule needs at least one message'),
  /**
   * Severity of messages that describe a milder case than the rule's own severity, by message key: a setting left
   * to a default AWS now turns on, or an outcome decided outside the template (the AMI, an account setting).
   */
  messageSeverity: z.record(z.string(), Severity.optional()).optional(),
  /** Fix snippet per format, showing the corrected setting in context; a rule has one for each format it checks. */
  fix: z
    .object({
      cloudformation: z.string().min(10).optional(),
      terraform: z.string().min(10).optional(),
      kubernetes: z.string().min(10).optional(),
      compose: z.string().min(10).optional(),
    } satisfies Record<Format, z.ZodType>)
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
      /** cfn-lint rule ids (`W3011`), so `Metadata: cfn-lint: config: ignore_checks` carries over. */
      cfn_lint: z.array(z.string()),
      kube_linter: z.array(z.string()),
      kube_score: z.array(z.string()),
      polaris: z.array(z.string()),
    })
    .partial(),
});
export type RuleMeta = z.infer<typeof RuleMeta>;

export type Messages = Readonly<Record<string, string>>;

/** A rule reports a resource, the place of the offending value, and which of its messages applies with what values. */
export type Report<M extends Messages = Messages> = <Key extends keyof M & string>(resource: ResourceBase, at: Place, messageId: Key, ...params: ParamsArgument<M[Key]>) => void;

/** A template's parameters as the report call's last argument: none without placeholders, any for an untyped rule. */
type ParamsArgument<Template extends string> = string extends Template ? [params?: MessageParams] : [Placeholders<Template>] extends [never] ? [] : [params: ParamsOf<Template>];

export interface Rule<M extends Messages = Messages> extends RuleMeta {
  reads: ResourceKind[];
  messages: M;
  messageSeverity?: Partial<Record<keyof M & string, Severity>>;
  check(model: Model, report: Report<M>): void;
}

/** What the engine calls: every rule's check, with its parameters as plain data. */
export type ReportFinding = (resource: ResourceBase, at: Place, messageId: string, params?: MessageParams) => void;

/** Runs a rule's check; the typed `Report` a rule sees is this one with its own message keys. */
export function runCheck(rule: Rule, model: Model, report: ReportFinding): void {
  rule.check(model, report as Report);
}

/**
 * Typed identity: keeps a rule module to its metadata and its check, and its report calls to its message keys and
 * their placeholders. Metadata is validated by the rule tests.
 */
export function defineRule<const M extends Messages>(rule: Rule<M>): Rule<M> {
  return rule;
}
