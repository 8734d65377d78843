/**
 * Nested stacks whose child template is part of the same check (a relative `TemplateURL`, as written before
 * `aws cloudformation package` uploads it): each child is checked with the parameters its parent passes, once per
 * parent that uses it, and its resources are addressed through the stacks above it.
 */
import { valueOf, type Node } from '../parse/tree.ts';
import { diagnosticAt, type Diagnostic } from '../source/diagnostic.ts';
import { evaluate, knownText, type EvalContext } from './evaluate.ts';
import { scenariosOf } from './scenarios.ts';
import { readTemplate, type CfnParameter, type CfnResource, type CfnTemplate } from './template.ts';

/** Deeper than any real stack tree (CloudFormation's own limit on nesting is far lower in practice). */
const maxDepth = 8;
/** Stack instantiations one check may produce; a parent fanning out to many children is still bounded. */
const maxStacks = 200;

const pseudoParameter = /^AWS::/;

/** The local template a nested stack resource names, with the node that names it. */
function childLocation(resource: CfnResource): Node | undefined {
  if (resource.type === 'AWS::CloudFormation::Stack') return resource.properties ? valueOf(resource.properties, 'TemplateURL') : undefined;
  if (resource.type === 'AWS::Serverless::Application') return resource.properties ? valueOf(resource.properties, 'Location') : undefined;
  return undefined;
}

/** A relative or absolute file path, not a URL (`https://`, `s3://`) and not an expression. */
function localPath(node: Node | undefined): string | undefined {
  const text = node?.kind === 'scalar' && typeof node.value === 'string' ? node.text.trim() : undefined;
  if (!text || /^[a-z][a-z0-9+.-]*:\/\//i.test(text)) return undefined;
  return text;
}

/** POSIX-style join and normalisation, so `infra/main.yaml` + `./net/../network.yaml` is `infra/network.yaml`. */
export function resolveRelative(from: string, relative: string): string {
  const normalised = relative.replace(/\\/g, '/');
  const base = from.replace(/\\/g, '/').split('/').slice(0, -1);
  const parts = normalised.startsWith('/') ? [] : base;
  const out: string[] = [...parts];
  for (const part of normalised.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return (normalised.startsWith('/') ? '/' : '') + out.join('/');
}

const keyOf = (path: string) => resolveRelative('', path);

/**
 * What the parent passes for each child parameter: a value known in every scenario of the parent, or `undefined`
 * when it depends on the scenario or on deploy time (the child then treats it as unknown, never as its default).
 */
function passedParameters(parent: CfnTemplate, resource: CfnResource, params: ReadonlyMap<string, string>): Map<string, string | undefined> {
  const passed = new Map<string, string | undefined>();
  const parameters = resource.properties ? valueOf(resource.properties, 'Parameters') : undefined;
  if (parameters?.kind !== 'map') return passed;
  const scenarios = scenariosOf(parent, params);
  for (const entry of parameters.entries) {
    let agreed: string | undefined;
    let known = true;
    for (const scenario of scenarios) {
      const ctx: EvalContext = { template: parent, params, conditions: scenario.conditions };
      const resolved = evaluate(entry.value, ctx);
      const text = resolved.kind === 'seq' ? (resolved.items.every((item) => knownText(item) !== undefined) ? resolved.items.map(knownText).join(',') : undefined) : knownText(resolved);
      if (text === undefined || (agreed !== undefined && text !== agreed)) {
        known = false;
        break;
      }
      agreed = text;
    }
    passed.set(entry.key, known ? agreed : undefined);
  }
  return passed;
}

/** The child as its parent instantiates it: parameters passed, the rest at their defaults, unknown ones without. */
function instantiate(child: CfnTemplate, passed: Map<string, string | undefined>, given: ReadonlyMap<string, string>): { template: CfnTemplate; params: Map<string, string> } {
  const params = new Map<string, string>();
  for (const [name, value] of given) if (pseudoParameter.test(name)) params.set(name, value);
  for (const [name, value] of passed) if (value !== undefined) params.set(name, value);
  const reread = readTemplate(child.file, child.written, params);
  const template = reread.kind === 'template' ? reread.template : child;
  const unknown = [...passed].filter(([, value]) => value === undefined).map(([name]) => name);
  if (unknown.length === 0) return { template, params };
  // A value known only at deploy time must not fall back to the child's default.
  const parameters = new Map<string, CfnParameter>(template.parameters);
  for (const name of unknown) {
    const parameter = parameters.get(name);
    if (!parameter?.default) continue;
    const { default: _default, ...withoutDefault } = parameter;
    parameters.set(name, withoutDefault);
  }
  return { template: { ...template, parameters }, params };
}

export interface StackUnit {
  template: CfnTemplate;
  diagnostics: Diagnostic[];
  /** Index in `templates` of the file this stack was read from. */
  source: number;
}

/**
 * Every template of the check as the units to check: each root template (one no other template of the check uses
 * as a nested stack) with the user's parameters, then each local child under each parent that uses it.
 */
export function stackUnits(templates: CfnTemplate[], given: ReadonlyMap<string, string>): StackUnit[] {
  const byPath = new Map<string, CfnTemplate>();
  const indexOf = new Map<string, number>();
  templates.forEach((template, index) => {
    byPath.set(keyOf(template.file.path), template);
    indexOf.set(keyOf(template.file.path), index);
  });
  const childrenOf = (template: CfnTemplate) =>
    [...template.resources.values()].flatMap((resource) => {
      const at = childLocation(resource);
      const path = localPath(at);
      return at && path ? [{ resource, at, path: resolveRelative(template.file.path, path) }] : [];
    });
  const used = new Set<string>();
  for (const template of templates) for (const child of childrenOf(template)) used.add(keyOf(child.path));

  const units: StackUnit[] = [];
  const reported = new Set<string>();
  const seen = new Set<string>();
  /** Template diagnostics once per place, however many parents check the file. */
  const once = (diagnostics: Diagnostic[]) =>
    diagnostics.filter((diagnostic) => {
      const key = `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}:${diagnostic.code}:${diagnostic.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });

  const visit = (template: CfnTemplate, params: ReadonlyMap<string, string>, ancestors: string[]) => {
    const diagnostics = once(template.diagnostics);
    units.push({ template, diagnostics, source: indexOf.get(keyOf(template.file.path)) ?? 0 });
    reported.add(keyOf(template.file.path));
    for (const child of childrenOf(template)) {
      const where = `nested stack ${child.resource.logicalId}`;
      const found = byPath.get(keyOf(child.path));
      if (!found) {
        diagnostics.push(
          diagnosticAt(template.file, child.at.start, 'warning', 'nested-stack-missing', `${where}: its template ${child.path} is not among the files checked, so its resources were not checked`),
        );
        continue;
      }
      if (ancestors.includes(keyOf(child.path))) {
        diagnostics.push(
          diagnosticAt(
            template.file,
            child.at.start,
            'error',
            'nested-stack-cycle',
            `${where}: its template ${child.path} contains this stack again (a cycle CloudFormation cannot deploy); it was not checked again`,
          ),
        );
        continue;
      }
      if (ancestors.length >= maxDepth || units.length >= maxStacks) {
        diagnostics.push(diagnosticAt(template.file, child.at.start, 'warning', 'nested-stack-limit', `${where}: stacks nest deeper or more often than Plumbline follows; it was not checked`));
        continue;
      }
      const passed = passedParameters(template, child.resource, params);
      const instance = instantiate(found, passed, params);
      const chain = [...(template.nested?.chain ?? []), { logicalId: child.resource.logicalId, file: template.file.path }];
      const reportsFile = !reported.has(keyOf(found.file.path));
      visit({ ...instance.template, nested: { chain, params: instance.params, reportsFile } }, instance.params, [...ancestors, keyOf(child.path)]);
    }
  };

  for (const template of templates) {
    if (used.has(keyOf(template.file.path))) continue;
    const params = given;
    const reread = [...template.loopParameters].some((name) => given.has(name)) ? readTemplate(template.file, template.written, given) : undefined;
    visit(reread?.kind === 'template' ? reread.template : template, params, [keyOf(template.file.path)]);
  }
  // Children whose parents are all children themselves, in a cycle: checked alone rather than never.
  for (const template of templates) if (!reported.has(keyOf(template.file.path))) visit(template, given, [keyOf(template.file.path)]);
  return units;
}

/** The values the stack is checked with: what its parent passes, or the user's own. */
export function paramsFor(template: CfnTemplate, given: ReadonlyMap<string, string>): ReadonlyMap<string, string> {
  return template.nested?.params ?? given;
}
