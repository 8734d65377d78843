/**
 * The root module's variable values, in Terraform's order of precedence (later wins): `terraform.tfvars`,
 * `terraform.tfvars.json`, `*.auto.tfvars` and `*.auto.tfvars.json` in lexical order, then `--var-file`s in the
 * order given, then `--var`s. Variable files hold constant expressions; `--var` values are strings unless the
 * variable's type is a collection, when they are read as HCL, as Terraform does.
 */
import type { Node } from '../../parse/tree.ts';
import type { Diagnostic } from '../../source/diagnostic.ts';
import { sourceFile, type SourceFile } from '../../source/file.ts';
import { takeHclParse } from '../hcl/held.ts';
import { parseHcl } from '../hcl/parse.ts';
import { attributeOf } from '../hcl/syntax.ts';
import type { EvalContext, Resolver } from '../eval/context.ts';
import { evaluate } from '../eval/expressions.ts';
import { failed, scalar, type Entry, type Value } from '../values.ts';
import type { ModuleDirectory } from './directory.ts';
import type { ModuleInputs } from './instance.ts';
import { readJson } from '../json/read.ts';

export interface VariableFile {
  file: SourceFile;
}

/** Names Terraform loads by itself from the root module's directory, in its order. */
export function isAutomaticVariableFile(name: string): boolean {
  return name === 'terraform.tfvars' || name === 'terraform.tfvars.json' || name.endsWith('.auto.tfvars') || name.endsWith('.auto.tfvars.json');
}

export function automaticOrder(left: string, right: string): number {
  const rank = (name: string) => (name === 'terraform.tfvars' ? 0 : name === 'terraform.tfvars.json' ? 1 : 2);
  return rank(left) - rank(right) || (left < right ? -1 : left > right ? 1 : 0);
}

/** Variable files and `--var` hold constants: no names to resolve, functions only. */
const constants: Resolver = {
  resolve: (name, _steps, at) => ({ value: failed(`variable values cannot refer to "${name}"`, at), used: 0 }),
  readFile: () => undefined,
  parseTemplate: () => undefined,
};
const constantContext: EvalContext = { bindings: new Map(), resolver: constants, depth: 0 };

/** The values one variable file sets, or a diagnostic when it cannot be read. */
export function readVariableFile(file: SourceFile, diagnostics: Diagnostic[]): Map<string, Value> {
  const values = new Map<string, Value>();
  if (file.path.endsWith('.json')) {
    const json = readJson(file, diagnostics);
    if (json?.kind === 'map') for (const entry of json.entries) values.set(entry.key, jsonValue(entry.value));
    return values;
  }
  const parsed = takeHclParse(file);
  if (parsed.kind === 'error') {
    diagnostics.push(parsed.diagnostic);
    return values;
  }
  for (const attribute of parsed.hcl.body.attributes) values.set(attribute.name, evaluate(attribute.expr, constantContext));
  return values;
}

/** A JSON value with its positions; strings stay strings (`"3"` is converted by the variable's type). */
export function jsonValue(node: Node): Value {
  switch (node.kind) {
    case 'scalar':
      return node.value === null ? { kind: 'null', start: node.start, end: node.end } : scalar(node.value, node);
    case 'seq':
      return { kind: 'seq', items: node.items.map(jsonValue), start: node.start, end: node.end };
    case 'map': {
      const entries = new Map<string, Entry>();
      for (const entry of node.entries) entries.set(entry.key, { keyStart: entry.keyStart, end: entry.value.end, value: jsonValue(entry.value) });
      return { kind: 'map', entries, start: node.start, end: node.end };
    }
  }
}

/** `--var name=value`: a string, or HCL when the declared type is a collection or structure. */
function commandLineValue(name: string, raw: string, directory: ModuleDirectory, diagnostics: Diagnostic[]): Value {
  const declared = directory.variables.get(name);
  const type = declared ? attributeOf(declared.node.body, 'type')?.expr : undefined;
  // `list(string)`, `map(any)`, `object({…})`: everything but a primitive is written as HCL.
  if (type?.type !== 'call') return scalar(raw, { start: 0, end: 0 });
  const parsed = parseHcl(sourceFile(`--var ${name}`, `value = ${raw}\n`));
  if (parsed.kind === 'error') {
    diagnostics.push({ ...parsed.diagnostic, message: `--var ${name}: ${parsed.diagnostic.message}` });
    return failed(`--var ${name} is not a valid value`, { start: 0, end: 0 });
  }
  const expr = attributeOf(parsed.hcl.body, 'value')?.expr;
  return expr ? evaluate(expr, constantContext) : failed(`--var ${name} is empty`, { start: 0, end: 0 });
}

export function rootInputs(
  directory: ModuleDirectory,
  automatic: readonly SourceFile[],
  varFiles: readonly SourceFile[],
  vars: Readonly<Record<string, string>>,
  diagnostics: Diagnostic[],
): ModuleInputs {
  const values = new Map<string, Value>();
  const files = [...automatic].sort((left, right) => automaticOrder(baseName(left.path), baseName(right.path)));
  for (const file of [...files, ...varFiles]) for (const [name, value] of readVariableFile(file, diagnostics)) values.set(name, value);
  for (const [name, raw] of Object.entries(vars)) values.set(name, commandLineValue(name, raw, directory, diagnostics));
  return (name) => values.get(name);
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);
