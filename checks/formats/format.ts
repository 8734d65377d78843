/**
 * The seam between input formats and the engine. Each format (CloudFormation today, Terraform next) is one
 * `FormatAdapter`: it recognises its files, states its limits, reads a file into its own source tree, lists the
 * scenarios its conditions allow, builds the provider-neutral model for one scenario and turns its own
 * suppression syntax into the common `Suppression`. The engine knows only the list of adapters.
 */
import { z } from 'zod';
import type { Model } from '../model/model.ts';
import type { Place, Suppression } from '../model/types.ts';
import type { Diagnostic } from '../source/diagnostic.ts';
import type { SourceFile } from '../source/file.ts';

/** Every input format Plumbline reads or has fixes for. */
export const Format = z.enum(['cloudformation', 'terraform', 'kubernetes', 'compose']);
export type Format = z.infer<typeof Format>;

/** How each format is named to a reader, what its files are called, and the language of its fix snippets in Markdown. */
export const formatLabels: Record<Format, { name: string; files: string; snippetLanguage: string }> = {
  cloudformation: { name: 'CloudFormation', files: 'CloudFormation templates', snippetLanguage: 'yaml' },
  terraform: { name: 'Terraform', files: 'Terraform files', snippetLanguage: 'hcl' },
  kubernetes: { name: 'Kubernetes', files: 'Kubernetes manifests', snippetLanguage: 'yaml' },
  compose: { name: 'Compose', files: 'Compose files', snippetLanguage: 'yaml' },
};

/** What a format's deployment tool accepts; larger inputs are refused with the tool named, never half-checked. */
export interface InputLimits {
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Most resources in one file (a stack, a module). */
  maxResources: number;
  /** The refusal for a file of `bytes` bytes, naming who sets the limit. */
  tooLarge(bytes: number): string;
}

/**
 * How sure an adapter is, from the text (and only then the name), that a file is its format:
 * `yes` (it carries the format's marks), `maybe` (the syntax fits; reading will tell), `no`.
 */
export type Detection = 'yes' | 'maybe' | 'no';

/** Values the user gave for the input's variables: `--param`/`--var` pairs and `--var-file` files. */
export interface GivenValues {
  params: ReadonlyMap<string, string>;
  varFiles: readonly { path: string; text: string }[];
}

/** One combination of the source's conditions; findings that occur only in some are reported with them named. */
export interface Scenario {
  conditions: ReadonlyMap<string, boolean | undefined>;
  /** Values the scenario gives the inputs its conditions compare; the adapter resolves references with them. */
  inputs?: ReadonlyMap<string, string>;
  /** The deployment with every input at its default: findings say whether they hold in it. */
  isDefault?: boolean;
}

/** A file read as far as the adapter's source tree: the tree, or why there is none. */
export type ReadResult<Source> =
  | { kind: 'source'; source: Source; diagnostics: Diagnostic[] }
  /** The file is this format (or could not even be parsed) but cannot be checked: refused with diagnostics. */
  | { kind: 'failed'; diagnostics: Diagnostic[]; status: 'error' | 'skipped' }
  /** Parsed, but not this format: another adapter may claim it; `reason` is shown if none does. */
  | { kind: 'not-mine'; reason: string };

/**
 * One resource as the source declares it, whatever the model makes of it, with the other resources of the same
 * source it names: the nodes and links of the report's architecture picture.
 */
export interface DeclaredResource {
  /** The name other resources use for it: a CloudFormation logical id, a Terraform `type.name`. */
  name: string;
  /** Type in the source format, e.g. `AWS::S3::Bucket` or `aws_s3_bucket`. */
  sourceType: string;
  /** The same address findings carry, e.g. `AWS::S3::Bucket.Logs`. */
  address: string;
  /** Where it is declared. */
  at: Place;
  /** Each other declared resource it names, once, in the order first named. */
  references: ResourceReference[];
}

export interface ResourceReference {
  /** `name` of the declared resource referred to; never the referring resource itself. */
  to: string;
  /**
   * `value`: it uses a value of the other (an id, an ARN, a name: `Ref`, `Fn::GetAtt`, `${Bucket}`, an attribute
   * in Terraform); `order`: it only waits for it (`DependsOn`, `depends_on`). A resource named both ways is `value`.
   */
  kind: 'value' | 'order';
  /** The top-level property holding the first such value, e.g. `Role`; absent for `order`. */
  property?: string;
}

export interface FormatAdapter<Source = unknown> {
  readonly format: Format;
  readonly limits: InputLimits;
  /**
   * Endings of the names a walked folder yields for this format, lower case with the dot (`.tf.json`); files named
   * on the command line are always read. Uploads accept the same names, and the upload page lists them.
   */
  readonly walkedExtensions: readonly string[];
  detect(path: string, text: string): Detection;
  /** Parses and recognises one file; never throws on bad input. */
  read(path: string, text: string): ReadResult<Source>;
  /** The file the source was read from (positions and excerpts). */
  fileOf(source: Source): SourceFile;
  /** Resources declared, for the report's file list. */
  resourceCount(source: Source): number;
  /** The combinations of conditions to check, given the values the user pinned (`--param`). */
  scenarios(source: Source, params: ReadonlyMap<string, string>): Scenario[];
  /** Conditions a finding may depend on, in the order they are named. */
  conditionNames(source: Source): string[];
  /** The model of one scenario; `suppressionsOf` gives each resource its suppressions by name. */
  build(source: Source, scenario: Scenario, params: ReadonlyMap<string, string>, suppressionsOf: (name: string) => Suppression[]): Model;
  /** Suppressions written in the source for one resource, in the common shape. */
  suppressions(source: Source, name: string): Suppression[];
  /**
   * Every resource declared, in source order, with the resources each names. Read as written, for every
   * scenario at once (a reference inside a condition counts), and cheap: it runs on every check.
   */
  references(source: Source): DeclaredResource[];
  /** Source resource types that feed the given model kinds (for the rule catalogue). */
  sourceTypesFor(kinds: readonly string[]): string[];
  /**
   * For formats whose unit of checking spans files (a Terraform module is a folder, with the variables files of
   * its root and the local modules it calls): gathers the files' sources into the units that are checked. Without
   * it, each file is checked alone. A unit that stands for one file (`source`, its index in `sources`) is listed at
   * that file's place and carries its reading diagnostics.
   */
  units?(sources: Source[], given: GivenValues): { unit: Source; diagnostics: Diagnostic[]; source?: number }[];
  /** The files a unit was read from, with the resources each declares; without it, `fileOf` and `resourceCount`. */
  memberFiles?(unit: Source): { path: string; resources: number }[];
}

/** The files of one unit of checking, with the resources each declares. */
export function filesOfUnit<Source>(adapter: FormatAdapter<Source>, unit: Source): { path: string; resources: number }[] {
  return adapter.memberFiles?.(unit) ?? [{ path: adapter.fileOf(unit).path, resources: adapter.resourceCount(unit) }];
}
