/** IAM policy documents as rules need them: who may do what to which resources, under which conditions. */
import type { Attr, Place, ResourceBase } from '../types.ts';

export interface PolicyCondition {
  /** Operator as written, e.g. `Bool`, `StringEquals`, `IpAddress`. */
  operator: string;
  /** Condition key, e.g. `aws:SecureTransport`. */
  key: string;
  /** Known values; `undefined` entries are values known only at deploy time. */
  values: (string | undefined)[];
}

export interface PolicyStatement {
  at: Place;
  effect: Attr<'Allow' | 'Deny'>;
  /** `true` when the principal is everyone (`*` or `{"AWS": "*"}`); `undefined` when not knowable. */
  principalIsEveryone: boolean | undefined;
  /** Actions as written (lower-cased); `undefined` when computed at deploy time. `notAction` means NotAction. */
  actions: string[] | undefined;
  notAction: boolean;
  resources: string[] | undefined;
  notResource: boolean;
  conditions: PolicyCondition[];
  /** How the source writes wildcards where it does not write IAM JSON, for messages to quote; undefined for JSON. */
  written?: StatementSpelling;
  /**
   * Each principal the statement names, by type (`AWS`, `Service`, `Federated`, `CanonicalUser`; `*` for the bare
   * `"Principal": "*"`); a value known only at deploy time is `undefined`. Absent for statements read from tables.
   */
  principals?: StatementPrincipal[];
}

/** One identifier of a statement's `Principal`, e.g. `{ type: 'Service', value: 'sns.amazonaws.com' }`. */
export interface StatementPrincipal {
  type: string;
  value: string | undefined;
}

/** A statement's wildcards as an `aws_iam_policy_document` block writes them: `principals { identifiers = ["*"] }`. */
export interface StatementSpelling {
  everyone: string;
  anyAction: string;
  anyResource: string;
}

/**
 * Where a document's statements come from when the source names a policy instead of writing it: an AWS managed
 * policy attached by ARN or SAM name (`AdministratorAccess`), or a SAM policy template (`S3CrudPolicy`). Its
 * statements are what the policy grants, from the table in `checks/read/managed-policies.ts` or
 * `checks/read/sam-policy-templates.ts`; one not in the table is `unreadable`.
 */
export interface PolicyOrigin {
  kind: 'aws-managed' | 'sam-template';
  /** The policy's name, e.g. `AdministratorAccess`, `S3CrudPolicy`. */
  name: string;
}

export interface PolicyDocument {
  at: Place;
  statements: PolicyStatement[];
  /** Set when the source attaches a named policy rather than writing its statements. */
  origin?: PolicyOrigin;
  /**
   * The document exists but its statements are known only at deploy time (JSON built from values not known
   * before then): it may say anything, so no rule may conclude from what it lacks.
   */
  unreadable?: true;
}

/** Any identity-based policy holder: a role, user or group's inline policies, or a standalone policy. */
export interface IamPolicyHolder extends ResourceBase {
  kind: 'aws.iam.policy';
  documents: PolicyDocument[];
}

export interface IamAccessKey extends ResourceBase {
  kind: 'aws.iam.access-key';
  status: Attr<string>;
}

/** An IAM role and who may assume it: its trust policy (`AssumeRolePolicyDocument`, `assume_role_policy`). */
export interface IamRole extends ResourceBase {
  kind: 'aws.iam.role';
  /** `undefined` when the source writes none (Terraform requires one; a role without one cannot be assumed). */
  trustPolicy: PolicyDocument | undefined;
}
