/**
 * Terraform and OpenTofu (HCL `.tf`, `.tf.json`, variables files, and `terraform show -json` plans) behind the
 * `FormatAdapter` seam. A module is a folder, so files are read one by one for their syntax, then gathered into
 * one unit per input: the project evaluates roots with their variables files and the local modules they call.
 */
import { peerSuppressionsInComments, suppressionsInComments } from '../engine/suppressions.ts';
import type { Diagnostic } from '../source/diagnostic.ts';
import { sourceFile, type SourceFile } from '../source/file.ts';
import { isTerraformPlanFile, isTerraformReady, isTerraformSource, parseErrorOf, readTerraformProject, terraformUnavailableReason, type TfProject, type TfResource } from '../terraform/index.ts';
import { buildTerraformModel, terraformTypesFor } from '../terraform/model/build.ts';
import { declaredTerraformResources } from '../terraform/model/declared.ts';
import type { Detection, FormatAdapter, GivenValues, InputLimits, ReadResult } from './format.ts';

/** Terraform sets no size limit; these bound the work one upload can cause (a 1 MB file checks in well under 1 s). */
export const terraformLimits: InputLimits = {
  maxBytes: 4 * 1_048_576,
  maxResources: 20_000,
  tooLarge: (bytes) => `the file is ${(bytes / 1_048_576).toFixed(1)} MB; Plumbline checks Terraform files up to 4 MB, so it was not checked`,
};

/** One file before its project is read; a project is every Terraform file of one check. */
export type TerraformSource =
  | { kind: 'file'; file: SourceFile }
  | { kind: 'project'; project: TfProject; files: SourceFile[]; resources: Map<string, TfResource[]>; byAddress: Map<string, TfResource> };

function read(path: string, text: string): ReadResult<TerraformSource> {
  // Without the parser nothing can be read, and a file that was not read must never look clean.
  if (!isTerraformReady())
    return { kind: 'failed', status: 'error', diagnostics: [{ level: 'error', code: 'parser-unavailable', message: `${terraformUnavailableReason()}, so this file was not checked`, file: path }] };
  const error = parseErrorOf(path, text);
  if (error) return { kind: 'failed', status: 'error', diagnostics: [error] };
  return { kind: 'source', source: { kind: 'file', file: sourceFile(path, text) }, diagnostics: [] };
}

function units(sources: TerraformSource[], given: GivenValues): { unit: TerraformSource; diagnostics: Diagnostic[] }[] {
  const files = sources.flatMap((source) => (source.kind === 'file' ? [source.file] : []));
  // A plan stands alone: read with the configuration it was made from (`plan.json` beside the `.tf` files), its
  // resources would share their addresses and a sub-resource could link to the other reading's bucket.
  const plans = files.filter((file) => isTerraformPlanFile(file.path, file.text));
  const configuration = files.filter((file) => !plans.includes(file));
  const groups = [...(configuration.length > 0 || plans.length === 0 ? [configuration] : []), ...plans.map((plan) => [plan])];
  return groups.map((group) => projectUnit(group, given));
}

function projectUnit(files: SourceFile[], given: GivenValues): { unit: TerraformSource; diagnostics: Diagnostic[] } {
  const project = readTerraformProject(
    files.map((file) => ({ path: file.path, text: file.text })),
    { vars: Object.fromEntries(given.params), varFiles: [...given.varFiles] },
  );
  const resources = new Map<string, TfResource[]>();
  for (const resource of project.resources) {
    const ofFile = resources.get(resource.file.path);
    if (ofFile) ofFile.push(resource);
    else resources.set(resource.file.path, [resource]);
  }
  const byAddress = new Map(project.resources.map((resource) => [resource.address, resource]));
  return { unit: { kind: 'project', project, files, resources, byAddress }, diagnostics: project.diagnostics };
}

const projectOf = (source: TerraformSource) => {
  if (source.kind !== 'project') throw new Error('a Terraform file is checked as part of its project');
  return source;
};

export const terraform: FormatAdapter<TerraformSource> = {
  format: 'terraform',
  limits: terraformLimits,
  walkedExtensions: ['.tf', '.tfvars', '.tf.json', '.tfvars.json'],
  detect: (path, text): Detection => isTerraformSource(path, text),
  read,
  fileOf: (source) => (source.kind === 'file' ? source.file : (source.files[0] ?? sourceFile('', ''))),
  resourceCount: (source) => (source.kind === 'project' ? source.project.resources.length : 0),
  units,
  memberFiles: (source) => projectOf(source).files.map((file) => ({ path: file.path, resources: projectOf(source).resources.get(file.path)?.length ?? 0 })),
  // Terraform has no conditions: what varies is decided by variables, which are evaluated (or unknown).
  scenarios: () => [{ conditions: new Map() }],
  conditionNames: () => [],
  build: (source, _scenario, _params, suppressionsOf) => buildTerraformModel(projectOf(source).project.resources, (resource) => suppressionsOf(resource.address)),
  suppressions(source, address) {
    const resource = projectOf(source).byAddress.get(address);
    // Our own `# plumbline:ignore`, and checkov, tfsec and trivy comments of users migrating (mapped by the engine).
    return resource ? resource.comments.flatMap((comment) => [...suppressionsInComments(comment.text), ...peerSuppressionsInComments(comment.text, resource.file, comment.start)]) : [];
  },
  references: (source) => declaredTerraformResources(projectOf(source).project.resources),
  sourceTypesFor: terraformTypesFor,
};
