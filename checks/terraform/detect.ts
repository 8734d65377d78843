/** Whether a file is Terraform, from its content (and then its name), and its first syntax error. */
import type { Detection } from '../formats/format.ts';
import type { Diagnostic } from '../source/diagnostic.ts';
import { sourceFile } from '../source/file.ts';
import { parseAndHoldHcl } from './hcl/held.ts';
import { readJson } from './json/read.ts';

/** A top-level block Terraform declares: `resource "aws_s3_bucket" "logs" {`, `locals {`. */
const hclBlock = /^[ \t]*(resource|data|module|variable|output|locals|terraform|provider)(?:[ \t]+(?:"[^"\n]*"|[\w-]+))*[ \t]*\{/m;
const jsonBlockKey = /"(resource|data|module|variable|output|locals|terraform|provider)"\s*:\s*[{[]/;
/** `terraform show -json` output: a plan (or state) document with `format_version` and `planned_values`. */
export function isTerraformPlan(text: string): boolean {
  return text.slice(0, 4096).includes('"format_version"') && text.includes('"planned_values"');
}

/** `name = value` lines, the whole of a `.tfvars` file. */
const assignment = /^[ \t]*[A-Za-z_][\w-]*[ \t]*=/m;

export function isTerraformSource(path: string, text: string): Detection {
  const head = text.slice(0, 65536);
  if (path.endsWith('.tf.json')) return jsonBlockKey.test(head) ? 'yes' : 'maybe';
  if (path.endsWith('.tfvars.json')) return head.trimStart().startsWith('{') ? 'yes' : 'no';
  if (path.endsWith('.json')) return isTerraformPlan(text) ? 'yes' : 'no';
  if (path.endsWith('.tfvars')) return assignment.test(head) || head.trim() === '' ? 'yes' : 'maybe';
  if (hclBlock.test(head)) return path.endsWith('.tf') || path.endsWith('.hcl') ? 'yes' : 'maybe';
  return path.endsWith('.tf') ? 'maybe' : 'no';
}

/** The first syntax error of a Terraform file, at its line and column; `undefined` when it parses. */
export function parseErrorOf(path: string, text: string): Diagnostic | undefined {
  const file = sourceFile(path, text);
  if (path.endsWith('.json')) {
    const diagnostics: Diagnostic[] = [];
    readJson(file, diagnostics);
    return diagnostics.find((diagnostic) => diagnostic.level === 'error');
  }
  const parsed = parseAndHoldHcl(file);
  return parsed.kind === 'error' ? parsed.diagnostic : undefined;
}
