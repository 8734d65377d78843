/**
 * The provider-neutral resource model. Builders (CloudFormation today, Terraform next) fill it;
 * rules read only it. A setting is an `Attr`: known, unknown until deploy time, or absent (the
 * service default applies), always with the place a finding about it should point at.
 */
import type { SourceFile } from '../source/file.ts';

/** A span of source plus the JSON pointer of the value, e.g. `/Resources/Logs/Properties/AccessControl`. */
export interface Place {
  file: SourceFile;
  start: number;
  end: number;
  pointer: string;
  /** Set when the value here is a declared default the user did not override: a finding on it says so. */
  fromDefault?: DefaultSource;
}

/**
 * A value taken from a declaration's default, not from a value given for this deployment: a CloudFormation
 * parameter's `Default` (no `--param`), a Terraform variable's `default` (no tfvars, `--var` or module argument).
 */
export interface DefaultSource {
  kind: 'parameter' | 'variable';
  name: string;
  /** The default as written (one item of a list default); left out for a secret (`NoEcho`, `sensitive`). */
  value?: string;
  /** The input is declared secret (`NoEcho: true`, `sensitive = true`): masked in output, yet written in the source. */
  secret?: true;
  /**
   * The default names where the value is stored, not the value (an `AWS::SSM::Parameter::Value<…>` parameter, read
   * from Parameter Store at deploy time).
   */
  lookup?: true;
  /** Where the default is written. */
  file: SourceFile;
  start: number;
  end: number;
}

/**
 * `property` is the setting's name as the source spells it (`StorageEncrypted`, `storage_encrypted`), so a rule's
 * message names what the reader wrote without the rule knowing the format. `block`, where a mapper records it, is
 * the block the setting belongs in (`MetadataOptions`, `metadata_options`), for a message about a setting left out.
 * `written` is a known value as the source spells it where the mapper normalised it (`public-read` for `PublicRead`).
 */
export type Attr<T> = (
  | { readonly state: 'known'; readonly value: T; readonly at: Place }
  | { readonly state: 'unknown'; readonly at: Place }
  /** Not written: `at` is the nearest enclosing block, where the setting would be added. */
  | { readonly state: 'absent'; readonly at: Place }
) & { readonly property?: string; readonly block?: string; readonly written?: string };

export const known = <T>(value: T, at: Place, property?: string): Attr<T> => (property === undefined ? { state: 'known', value, at } : { state: 'known', value, at, property });
export const absent = <T>(at: Place, property?: string): Attr<T> => (property === undefined ? { state: 'absent', at } : { state: 'absent', at, property });
export const unknownAttr = <T>(at: Place, property?: string): Attr<T> => (property === undefined ? { state: 'unknown', at } : { state: 'unknown', at, property });
/** The attribute with the block it belongs in, as the source spells it (`metadata_options`). */
export const inBlock = <T>(attr: Attr<T>, block: string): Attr<T> => ({ ...attr, block });

/** The value if known, else undefined. */
export function valueOrUndefined<T>(attr: Attr<T>): T | undefined {
  return attr.state === 'known' ? attr.value : undefined;
}

/** True only when the value is known and equal to `expected`: unknown is never "bad". */
export function isKnown<T>(attr: Attr<T>, expected: T): boolean {
  return attr.state === 'known' && attr.value === expected;
}

/**
 * The value that takes effect: the written value, or the service default when absent.
 * `undefined` when it cannot be known before deployment.
 */
export function effective<T>(attr: Attr<T>, serviceDefault: T): T | undefined {
  if (attr.state === 'known') return attr.value;
  if (attr.state === 'absent') return serviceDefault;
  return undefined;
}

/** A reason to hide one rule's findings on one resource, from the template or a config file. */
export interface Suppression {
  ruleId: string;
  reason: string;
  /** ISO date (YYYY-MM-DD) after which the suppression no longer applies. */
  expires?: string;
  source: 'metadata' | 'comment' | 'config' | 'baseline';
  /**
   * Set when the suppression was written for another tool (a user migrating keeps it). Adapters return it with the
   * peer's id as `ruleId`; the engine maps that id through the rules' `equivalents` to our rule ids.
   */
  peer?: PeerSuppression;
}

/** Tools whose suppressions Plumbline honours; the `equivalents` key each one's ids are listed under. */
export const peerTools = { cfn_nag: 'cfn_nag', checkov: 'checkov', tfsec: 'trivy', trivy: 'trivy', cfn_lint: 'cfn_lint' } as const;
export type PeerTool = keyof typeof peerTools;

export interface PeerSuppression {
  tool: PeerTool;
  /** The id as the other tool spells it, e.g. `W35`, `CKV_AWS_18`, `AVD-AWS-0089`. */
  id: string;
  /** Where it is written, for the diagnostic that lists ids no rule maps. */
  file: string;
  line: number;
}

/**
 * How the source keeps a resource's data when the resource is deleted or replaced, which decides what a finding
 * asks for. `policy`: a deletion policy says what happens, with a default per type (CloudFormation's
 * `DeletionPolicy`). `guard`: a setting refuses the destroy or keeps a final snapshot (Terraform's
 * `lifecycle { prevent_destroy }`, RDS's `skip_final_snapshot`).
 */
export type DeletionControl = 'policy' | 'guard';

/** A resource whose data can outlive it: a database, table, file system or bucket. */
export interface KeepsData {
  /** Deleting or replacing the resource keeps its data; `property` names the setting that decides. */
  retainOnDelete: Attr<boolean>;
  deletionControl: DeletionControl;
}

export interface ResourceBase {
  /** The model kind, e.g. `aws.s3.bucket`. */
  kind: string;
  /** The name in the source: a CloudFormation logical id or a Terraform resource name. */
  name: string;
  /** Type in the source format, e.g. `AWS::S3::Bucket` or `aws_s3_bucket`. */
  sourceType: string;
  /** `Type.Name`, e.g. `AWS::S3::Bucket.Logs`. */
  address: string;
  /** Where the resource is declared. */
  at: Place;
  suppressions: Suppression[];
}
