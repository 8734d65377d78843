/** The JSON report: the one shape every reporter, the CLI and the API share. Versioned; the JSON Schema is generated from it. */
import { z } from 'zod';
import { Pillar, Severity } from '../vocabulary.ts';
import { Format } from '../formats/format.ts';
import { Diagnostic } from '../source/diagnostic.ts';
import { MessageParam } from '../rules/message.ts';
import { peerTools, type PeerTool } from '../model/types.ts';

/**
 * The version this engine writes. 1.1 added `messageId` and `params` to findings and made `title` the problem
 * ("S3 bucket grants public access…"; in 1.0 it was the rule's positive title). Both parse: reports are stored.
 */
export const reportVersion = '1.1';
export const ReportVersion = z.enum(['1.0', reportVersion]);

export const Suppressed = z.object({
  reason: z.string(),
  /** Where the suppression was written. */
  source: z.enum(['metadata', 'comment', 'config', 'baseline']),
  expires: z.string().optional(),
  /** Set when the suppression was written for another tool and mapped through the rule's equivalents, e.g. `cfn_nag`. */
  tool: z.enum(Object.keys(peerTools) as [PeerTool, ...PeerTool[]]).optional(),
  /** The other tool's id that was suppressed, e.g. `W35` or `CKV_AWS_18`. */
  peerId: z.string().optional(),
});

export const Finding = z.object({
  /** Stable rule id, e.g. `AWS-S3-PUBLIC-ACCESS-BLOCK`. */
  ruleId: z.string(),
  /** The problem in one line, e.g. "S3 bucket grants public access through a canned ACL" (the rule's `problem`). */
  title: z.string(),
  severity: Severity,
  pillar: Pillar,
  /** What is wrong here, naming the offending value, in English. */
  message: z.string(),
  /** Key of the rule's message template that `message` renders; with `params`, the message in any language. Since 1.1. */
  messageId: z.string().optional(),
  /** The template's parameters: names, values, numbers, lists of them, or shared phrases. Since 1.1. */
  params: z.record(z.string(), MessageParam).optional(),
  file: z.string(),
  /** Where the offending value sits; 1-based. */
  line: z.number().int().positive(),
  column: z.number().int().positive(),
  endLine: z.number().int().positive(),
  endColumn: z.number().int().positive(),
  /** JSON pointer to the value in the template, e.g. `/Resources/Logs/Properties/AccessControl`. */
  pointer: z.string(),
  resource: z.object({
    /** Source type, e.g. `AWS::S3::Bucket`. */
    type: z.string(),
    /** Logical id or resource name. */
    name: z.string(),
    /** `Type.Name`, e.g. `AWS::S3::Bucket.Logs`. */
    address: z.string(),
  }),
  fix: z.object({ format: z.string(), snippet: z.string() }),
  /** URL of the guide that explains the practice. */
  guide: z.url(),
  /** Set when the finding holds only under some condition values, e.g. `[{ name: 'IsProd', value: false }]`. */
  conditions: z.array(z.object({ name: z.string(), value: z.boolean() })).optional(),
  /** With `conditions`: whether the finding holds in the deployment with every parameter at its default; absent when unknown. */
  inDefaultDeployment: z.boolean().optional(),
  /**
   * Set when the value the finding is about is a declared default no value overrode: a CloudFormation parameter's
   * `Default` (no `--param`) or a Terraform variable's `default` (no tfvars or `--var`). `value` is left out for a
   * secret (`NoEcho`, `sensitive`); `file` and `line` are where the default is written.
   */
  fromDefault: z.object({ kind: z.enum(['parameter', 'variable']), name: z.string(), value: z.string().optional(), file: z.string(), line: z.number().int().positive() }).optional(),
  /** Present when the finding is suppressed; suppressed findings never fail a build. */
  suppressed: Suppressed.optional(),
  /** Present when a suppression exists but has expired, so the finding counts again. */
  expiredSuppression: Suppressed.optional(),
});
export type Finding = z.infer<typeof Finding>;

export const PillarScores = z.object(Object.fromEntries(Pillar.options.map((pillar) => [pillar, z.number().int().min(0).max(100).nullable()])) as Record<Pillar, z.ZodNullable<z.ZodNumber>>);

export const FileResult = z.object({
  path: z.string(),
  status: z.enum(['checked', 'skipped', 'error']),
  format: Format.optional(),
  resources: z.number().int().nonnegative().optional(),
  /** Milliseconds spent parsing, and checking after the parse. */
  parseMs: z.number().nonnegative().optional(),
  checkMs: z.number().nonnegative().optional(),
});

/** Bands of the architecture picture, in the order they are drawn: entry points first, watchers last. */
export const ArchitectureGroup = z.enum(['edge', 'network', 'compute', 'messaging', 'data', 'security', 'observability', 'other']);
export type ArchitectureGroup = z.infer<typeof ArchitectureGroup>;

/** One declared resource, checked by some rule or not. */
export const ArchitectureNode = z.object({
  /** Unique in the report, `file#address`; edges name nodes by it. */
  id: z.string(),
  /** `Type.Name`, as findings carry it, e.g. `AWS::S3::Bucket.Logs`. */
  address: z.string(),
  /** Logical id or resource name. */
  name: z.string(),
  /** Source type, e.g. `AWS::S3::Bucket`. */
  type: z.string(),
  /** Model kind, e.g. `aws.s3.bucket`; `unmodelled` when no rule reads this type. */
  kind: z.string(),
  /** `security` is security and identity: IAM, KMS, WAF, secrets. */
  group: ArchitectureGroup,
  file: z.string(),
  /** Where the resource is declared; 1-based. */
  line: z.number().int().positive(),
});
export type ArchitectureNode = z.infer<typeof ArchitectureNode>;

/** `from` names `to`: a function its role, a subnet its VPC, a bucket policy its bucket, an alarm its target. */
export const ArchitectureEdge = z.object({
  from: z.string(),
  to: z.string(),
  /** `value`: `from` uses an id, ARN or name of `to`; `order`: it only waits for `to` (`DependsOn`). */
  kind: z.enum(['value', 'order']),
  /** The property of `from` holding the reference, e.g. `Role`; absent for `order`. */
  property: z.string().optional(),
});
export type ArchitectureEdge = z.infer<typeof ArchitectureEdge>;

/** The checked resources and their links: what the report's diagram draws. */
export const Architecture = z.object({ nodes: z.array(ArchitectureNode), edges: z.array(ArchitectureEdge) });
export type Architecture = z.infer<typeof Architecture>;

export const Report = z.object({
  version: ReportVersion,
  tool: z.object({ name: z.literal('plumbline'), version: z.string() }),
  summary: z.object({
    files: z.number().int(),
    checked: z.number().int(),
    skipped: z.number().int(),
    errors: z.number().int(),
    findings: z.number().int(),
    suppressed: z.number().int(),
    bySeverity: z.object({ critical: z.number().int(), high: z.number().int(), medium: z.number().int(), low: z.number().int() }),
  }),
  /** 0–100 per pillar and overall; `null` where no rule of the pillar applied. See checks/engine/score.ts. */
  scores: z.object({ overall: z.number().int().min(0).max(100).nullable(), pillars: PillarScores }),
  findings: z.array(Finding),
  diagnostics: z.array(Diagnostic),
  files: z.array(FileResult),
  /** Every resource of the checked files and their links; absent in reports made before it existed. */
  architecture: Architecture.optional(),
});
export type Report = z.infer<typeof Report>;
