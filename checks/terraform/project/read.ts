/**
 * A Terraform project from its files: every directory with configuration is a module; a directory that a
 * `module` block calls with a local source is read as that module (inputs bound, outputs readable) and not
 * also as a root; every other directory is a root module, with its variable files. A file that does not parse
 * gets one diagnostic and the rest of the project is still read. A plan JSON among the files is read as it is
 * (`plan.ts`): its resources are the planned ones.
 */
import type { Diagnostic } from '../../source/diagnostic.ts';
import { sourceFile, type SourceFile } from '../../source/file.ts';
import { takeHclParse } from '../hcl/held.ts';
import { parseTemplateText } from '../hcl/parse.ts';
import { attributeOf } from '../hcl/syntax.ts';
import { isTerraformPlan } from '../detect.ts';
import { readTerraformJson } from '../json/config.ts';
import { readPlan } from '../plan.ts';
import { ModuleDirectory, type ConfigFile } from './directory.ts';
import { ModuleInstance, type ProjectContext } from './instance.ts';
import { directoryOf, joinPath, normalizePath } from './paths.ts';
import type { TfProject, TfResource } from './resource.ts';
import { isAutomaticVariableFile, rootInputs } from './variables.ts';

export interface ReadOptions {
  /** `--var name=value`, strings as typed. */
  vars?: Record<string, string>;
  /** `--var-file`, applied to every root module in the order given. */
  varFiles?: { path: string; text: string }[];
}

type InputKind = 'config-hcl' | 'config-json' | 'variables' | 'plan' | 'other';

function kindOf(path: string, text: string): InputKind {
  if (path.endsWith('.tf')) return 'config-hcl';
  if (path.endsWith('.tf.json')) return 'config-json';
  if (path.endsWith('.tfvars') || path.endsWith('.tfvars.json')) return 'variables';
  if (path.endsWith('.json') && isTerraformPlan(text)) return 'plan';
  return 'other';
}

/** `terraform show -json` output, by name and content (a `.tf.json` or `.tfvars.json` never is). */
export const isTerraformPlanFile = (path: string, text: string): boolean => kindOf(path, text) === 'plan';

const localSource = /^\.\.?(\/|$)/;

export function readTerraformProject(files: { path: string; text: string }[], options: ReadOptions = {}): TfProject {
  const diagnostics: Diagnostic[] = [];
  const seen = new Set<string>();
  const report = (diagnostic: Diagnostic) => {
    const key = `${diagnostic.code}|${diagnostic.file}|${diagnostic.line ?? ''}|${diagnostic.column ?? ''}|${diagnostic.message}`;
    if (seen.has(key)) return;
    seen.add(key);
    diagnostics.push(diagnostic);
  };
  const texts = new Map<string, string>();
  const directories = new Map<string, ModuleDirectory>();
  const variableFiles = new Map<string, SourceFile[]>();
  const read: SourceFile[] = [];
  const resources: TfResource[] = [];
  for (const input of files) {
    const path = normalizePath(input.path);
    texts.set(path, input.text);
    const kind = kindOf(input.path, input.text);
    if (kind === 'other') continue;
    const file = sourceFile(input.path, input.text);
    read.push(file);
    if (kind === 'plan') {
      const plan = readPlan(file);
      resources.push(...plan.resources);
      plan.diagnostics.forEach(report);
      continue;
    }
    const directory = directoryOf(path);
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (kind === 'variables') {
      if (isAutomaticVariableFile(name)) variableFiles.set(directory, [...(variableFiles.get(directory) ?? []), file]);
      continue;
    }
    const config = kind === 'config-hcl' ? readHcl(file, report) : readTerraformJson(file, diagnostics);
    if (!config) continue;
    let module = directories.get(directory);
    if (!module) directories.set(directory, (module = new ModuleDirectory(directory)));
    module.add(config);
  }
  const project: ProjectContext = { directories, readFile: (path) => texts.get(path), parseTemplate: parseTemplateText, report };
  const varFiles = (options.varFiles ?? []).map((input) => sourceFile(input.path, input.text));
  read.push(...varFiles);
  for (const root of rootsOf(directories)) {
    const inputs = rootInputs(root, variableFiles.get(root.path) ?? [], varFiles, options.vars ?? {}, diagnostics);
    new ModuleInstance(project, root, root.path, '', [], inputs).collect(resources);
  }
  return { resources, diagnostics, files: read };
}

function readHcl(file: SourceFile, report: (diagnostic: Diagnostic) => void): ConfigFile | undefined {
  const parsed = takeHclParse(file);
  if (parsed.kind === 'error') {
    report(parsed.diagnostic);
    return undefined;
  }
  return parsed.hcl;
}

/** Directories no local `module` block calls, in path order. */
function rootsOf(directories: ReadonlyMap<string, ModuleDirectory>): ModuleDirectory[] {
  const called = new Set<string>();
  for (const directory of directories.values()) {
    for (const call of directory.moduleCalls.values()) {
      const source = attributeOf(call.node.body, 'source')?.expr;
      if (source?.type === 'literal' && typeof source.value === 'string' && localSource.test(source.value)) {
        const target = joinPath(directory.path, source.value);
        if (target !== directory.path) called.add(target);
      }
    }
  }
  return [...directories.values()].filter((directory) => !called.has(directory.path)).sort((left, right) => (left.path < right.path ? -1 : left.path > right.path ? 1 : 0));
}
