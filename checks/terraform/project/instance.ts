/**
 * One instance of a module (the root, or one `module` call's instance): it answers the global names its
 * expressions use (`var`, `local`, `module`, `data`, `path`, resource references), each evaluated once, and
 * lists its resources with those of the modules it calls.
 */
import { diagnosticAt, type Diagnostic } from '../../source/diagnostic.ts';
import { attributeOf, type Block, type Expr, type Step } from '../hcl/syntax.ts';
import type { EvalContext, Resolver } from '../eval/context.ts';
import { asText } from '../eval/convert.ts';
import { evaluate } from '../eval/expressions.ts';
import { failed, mapOf, markDefault, publish, respan, seq, unknown, type Span, type Value } from '../values.ts';
import { evaluateBody } from './body.ts';
import { commentsOf } from './comments.ts';
import type { Declared, ModuleDirectory } from './directory.ts';
import { expansionOf, instanceKey, instancesOf, type Expansion } from './expand.ts';
import { joinPath, relativePath } from './paths.ts';
import { policyDocumentValue } from './policy-document.ts';
import type { TfResource } from './resource.ts';
import { convertToType } from './types.ts';

/** What every module instance of one project shares. */
export interface ProjectContext {
  directories: ReadonlyMap<string, ModuleDirectory>;
  /** An input file's text by its normalised path. */
  readFile(path: string): string | undefined;
  parseTemplate(text: string): Expr | undefined;
  report(diagnostic: Diagnostic): void;
}

/** A variable's value from outside the module: the root's variable files and `--var`, or the calling block. */
export type ModuleInputs = (name: string) => Value | undefined;

interface ModuleCall {
  kind: 'local' | 'unread';
  why: string;
  expansion: Expansion;
  /** By instance key (`''`, `[0]`, `["a"]`, `[*]`). */
  instances: Map<string, ModuleInstance>;
}

const maxModuleDepth = 32;
const evaluating = Symbol('evaluating');
const localSource = /^\.\.?(\/|$)/;

export class ModuleInstance implements Resolver {
  private readonly project: ProjectContext;
  readonly directory: ModuleDirectory;
  /** The root module's directory: `file()` paths and `path.root` are relative to it. */
  private readonly rootPath: string;
  /** `''` for the root, `module.net.` or `module.net["a"].` below it. */
  private readonly prefix: string;
  private readonly modulePath: string[];
  private readonly inputs: ModuleInputs;
  private readonly depth: number;
  private readonly variables = new Map<string, Value | typeof evaluating>();
  private readonly locals = new Map<string, Value | typeof evaluating>();
  private readonly outputs = new Map<string, Value | typeof evaluating>();
  private readonly calls = new Map<string, ModuleCall>();
  private readonly expansions = new Map<Block, Expansion | typeof evaluating>();
  private readonly policies = new Map<Block, Value>();

  constructor(project: ProjectContext, directory: ModuleDirectory, rootPath: string, prefix: string, modulePath: string[], inputs: ModuleInputs, depth = 0) {
    this.project = project;
    this.directory = directory;
    this.rootPath = rootPath;
    this.prefix = prefix;
    this.modulePath = modulePath;
    this.inputs = inputs;
    this.depth = depth;
  }

  context(bindings: Iterable<[string, Value]> = []): EvalContext {
    return { bindings: new Map(bindings), resolver: this, depth: 0 };
  }

  readFile(path: string): string | undefined {
    return this.project.readFile(joinPath(this.rootPath, path));
  }

  parseTemplate(text: string): Expr | undefined {
    return this.project.parseTemplate(text);
  }

  resolve(name: string, steps: readonly Step[], at: Span, context: EvalContext): { value: Value; used: number } {
    const first = steps[0];
    const attribute = first?.type === 'attr' ? first.name : undefined;
    switch (name) {
      case 'var':
        return { value: attribute === undefined ? failed('"var" needs a variable name', at) : respan(this.variable(attribute), at), used: 1 };
      case 'local':
        return { value: attribute === undefined ? failed('"local" needs a name', at) : respan(this.local(attribute), at), used: 1 };
      case 'module':
        return this.moduleReference(steps, at, context);
      case 'data':
        return this.dataReference(steps, at);
      case 'path':
        return { value: this.path(attribute, at), used: 1 };
      case 'terraform':
        return { value: unknown('terraform.workspace depends on where Terraform runs', at), used: steps.length };
      case 'self':
        return { value: unknown('self is known only after apply', at), used: steps.length };
      case 'count':
      case 'each':
        return { value: failed(`${name} is only available in a block with ${name === 'each' ? 'for_each' : 'count'}`, at), used: steps.length };
      default:
        return this.resourceReference(name, steps, at, context);
    }
  }

  private path(attribute: string | undefined, at: Span): Value {
    if (attribute === 'module') return { kind: 'scalar', value: relativePath(this.rootPath, this.directory.path), start: at.start, end: at.end };
    if (attribute === 'root' || attribute === 'cwd') return { kind: 'scalar', value: '.', start: at.start, end: at.end };
    return failed(`path.${attribute ?? ''} is not defined`, at);
  }

  private memo(cache: Map<string, Value | typeof evaluating>, name: string, compute: () => Value, at: Span): Value {
    const cached = cache.get(name);
    if (cached === evaluating) return failed(`${name} depends on itself`, at);
    if (cached) return cached;
    cache.set(name, evaluating);
    const value = compute();
    cache.set(name, value);
    return value;
  }

  variable(name: string): Value {
    const declared = this.directory.variables.get(name);
    const at = declared?.node ?? { start: 0, end: 0 };
    return this.memo(
      this.variables,
      `var.${name}`,
      () => {
        if (!declared) return failed(`no variable "${name}" is declared`, at);
        const body = declared.node.body;
        const given = this.inputs(name);
        const nullable = attributeOf(body, 'nullable');
        const refusesNull = nullable?.expr.type === 'literal' && nullable.expr.value === false;
        const fallback = attributeOf(body, 'default');
        let value: Value;
        const usesDefault = !(given && !(given.kind === 'null' && refusesNull && fallback)) && fallback !== undefined;
        if (given && !usesDefault) value = given;
        else if (fallback) value = evaluate(fallback.expr, this.context());
        else value = unknown(`var.${name} has no value (no default, not set in a variable file or --var)`, at);
        const type = attributeOf(body, 'type');
        const converted = type ? convertToType(value, type.expr, this.context()) : value;
        if (!usesDefault || !fallback) return converted;
        // A finding on a value nobody chose says it is the default; a sensitive default's value is never repeated.
        const sensitive = attributeOf(body, 'sensitive')?.expr;
        const secret = sensitive?.type === 'literal' && sensitive.value === true;
        const file = declared.config.file;
        const { start, end } = fallback.expr;
        return markDefault(converted, (text) => (secret ? { kind: 'variable', name, secret: true, file, start, end } : { kind: 'variable', name, value: text, file, start, end }));
      },
      at,
    );
  }

  private local(name: string): Value {
    const declared = this.directory.locals.get(name);
    if (!declared) return failed(`no local value "${name}" is declared`, { start: 0, end: 0 });
    return this.memo(this.locals, name, () => evaluate(declared.node.expr, this.context()), declared.node.expr);
  }

  output(name: string): Value {
    const declared = this.directory.outputs.get(name);
    if (!declared) return failed(`the module declares no output "${name}"`, { start: 0, end: 0 });
    const value = attributeOf(declared.node.body, 'value');
    if (!value) return failed(`output "${name}" has no value`, declared.node);
    return this.memo(this.outputs, name, () => evaluate(value.expr, this.context()), value.expr);
  }

  /** The object `module.x` stands for: every output. */
  private outputObject(at: Span): Value {
    return mapOf(
      [...this.directory.outputs.keys()].map((name) => [name, respan(this.output(name), at)] as [string, Value]),
      at,
    );
  }

  private moduleReference(steps: readonly Step[], at: Span, context: EvalContext): { value: Value; used: number } {
    const first = steps[0];
    if (first?.type !== 'attr') return { value: failed('"module" needs a module name', at), used: 0 };
    const call = this.call(first.name);
    if (!call) return { value: failed(`no module "${first.name}" is called here`, at), used: 1 };
    if (call.kind === 'unread') return { value: unknown(call.why, at), used: steps.length };
    const expansion = call.expansion;
    if (expansion.kind === 'unknown') return { value: unknown(`module.${first.name} is repeated by a ${expansion.by} known only after apply`, at), used: steps.length };
    let instance: ModuleInstance | undefined;
    let used = 1;
    if (expansion.kind === 'single') instance = call.instances.get('');
    else {
      const index = steps[1];
      if (index?.type !== 'index') return { value: this.instanceCollection(call, at), used: 1 };
      const key = evaluate(index.key, context);
      const text = asText(key);
      if (text === undefined) return { value: key.kind === 'unknown' ? key : unknown('the module instance key is not known', at), used: steps.length };
      instance = call.instances.get(instanceKey(expansion.kind === 'count' ? Number(text) : text));
      if (!instance) return { value: failed(`module.${first.name} has no instance ${text}`, at), used: 2 };
      used = 2;
    }
    if (!instance) return { value: failed(`module.${first.name} has no instance`, at), used };
    const output = steps[used];
    if (output?.type !== 'attr') return { value: instance.outputObject(at), used };
    return { value: respan(instance.output(output.name), at), used: used + 1 };
  }

  private instanceCollection(call: ModuleCall, at: Span): Value {
    const objects = [...call.instances].map(([key, instance]) => [key, instance.outputObject(at)] as const);
    if (call.expansion.kind === 'count')
      return seq(
        objects.map(([, value]) => value),
        at,
      );
    return mapOf(
      objects.map(([key, value]) => [JSON.parse(key.slice(1, -1)) as string, value] as [string, Value]),
      at,
    );
  }

  private call(name: string): ModuleCall | undefined {
    const known = this.calls.get(name);
    if (known) return known;
    const declared = this.directory.moduleCalls.get(name);
    if (!declared) return undefined;
    const call = this.openCall(name, declared);
    this.calls.set(name, call);
    return call;
  }

  private openCall(name: string, declared: Declared<Block>): ModuleCall {
    const block = declared.node;
    const source = attributeOf(block.body, 'source');
    const sourceText = source ? asText(evaluate(source.expr, this.context())) : undefined;
    const unread = (code: string, why: string): ModuleCall => {
      this.project.report(diagnosticAt(declared.config.file, (source?.expr ?? block).start, 'warning', code, why));
      return { kind: 'unread', why, expansion: { kind: 'single' }, instances: new Map() };
    };
    const label = `${this.prefix}module.${name}`;
    if (sourceText === undefined) return unread('remote-module', `${label}: the module source is not a plain string; its resources are not checked and its outputs are unknown`);
    if (!localSource.test(sourceText)) return unread('remote-module', `${label}: ${sourceText} is a remote module and is not fetched; its resources are not checked and its outputs are unknown`);
    const directory = this.project.directories.get(joinPath(this.directory.path, sourceText));
    if (!directory) return unread('missing-module', `${label}: ${sourceText} is not among the files given; its resources are not checked and its outputs are unknown`);
    if (this.depth >= maxModuleDepth) return unread('module-depth', `${label}: modules nest more than ${maxModuleDepth} deep (does a module call itself?)`);
    const expansion = expansionOf(block, this.context());
    this.reportUnknownRepetition(expansion, label, declared);
    const instances = new Map<string, ModuleInstance>();
    for (const instance of instancesOf(expansion)) {
      const inputs: ModuleInputs = (variable) => {
        const argument = attributeOf(block.body, variable);
        return argument ? evaluate(argument.expr, this.context(instance.bindings)) : undefined;
      };
      const prefix = `${label}${instance.key}.`;
      instances.set(instance.key, new ModuleInstance(this.project, directory, this.rootPath, prefix, [...this.modulePath, `${name}${instance.key}`], inputs, this.depth + 1));
    }
    return { kind: 'local', why: '', expansion, instances };
  }

  private dataReference(steps: readonly Step[], at: Span): { value: Value; used: number } {
    const [type, name] = steps;
    if (type?.type !== 'attr' || name?.type !== 'attr') return { value: failed('"data" needs a type and a name', at), used: 0 };
    const declared = this.directory.data.get(`${type.name}.${name.name}`);
    if (!declared) return { value: failed(`no data source data.${type.name}.${name.name} is declared`, at), used: 2 };
    const block = declared.node;
    if (type.name !== 'aws_iam_policy_document' || attributeOf(block.body, 'count') || attributeOf(block.body, 'for_each')) {
      return { value: unknown(`data.${type.name}.${name.name} is read from the provider at plan time`, at), used: steps.length };
    }
    let policy = this.policies.get(block);
    if (!policy) {
      policy = policyDocumentValue(evaluateBody(block.body, { ...this.context(), referencesAsText: true }, block, true), block);
      this.policies.set(block, policy);
    }
    return { value: respan(policy, at), used: 2 };
  }

  private resourceReference(type: string, steps: readonly Step[], at: Span, context: EvalContext): { value: Value; used: number } {
    const name = steps[0];
    const declared = name?.type === 'attr' ? this.directory.resources.get(`${type}.${name.name}`) : undefined;
    if (!name || name.type !== 'attr' || !declared) return { value: failed(`"${type}" is not defined here`, at), used: steps.length };
    const address = `${this.prefix}${type}.${name.name}`;
    const expansion = this.expansion(declared.node);
    const ref = (target: string): Value => ({ kind: 'ref', address: target, start: at.start, end: at.end });
    if (expansion === undefined) return { value: failed(`the count or for_each of ${address} depends on itself`, at), used: steps.length };
    if (expansion.kind === 'single') return { value: ref(address), used: 1 };
    const index = steps[1];
    if (expansion.kind === 'unknown')
      return index?.type === 'index' ? { value: ref(`${address}[*]`), used: 2 } : { value: unknown(`${address} is repeated by a ${expansion.by} known only after apply`, at), used: steps.length };
    if (index?.type === 'index') {
      const key = evaluate(index.key, context);
      const text = asText(key);
      if (text === undefined) return { value: key.kind === 'unknown' ? key : unknown(`the instance key of ${address} is not known`, at), used: 2 };
      return { value: ref(`${address}${instanceKey(expansion.kind === 'count' ? Number(text) : text)}`), used: 2 };
    }
    const all = instancesOf(expansion).map((instance) => [instance.key, ref(`${address}${instance.key}`)] as const);
    if (expansion.kind === 'count')
      return {
        value: seq(
          all.map(([, value]) => value),
          at,
        ),
        used: 1,
      };
    return {
      value: mapOf(
        expansion.keys.map((key, position) => [key, all[position]![1]] as [string, Value]),
        at,
      ),
      used: 1,
    };
  }

  /** A block's repetition, evaluated once; `undefined` while it is being evaluated (a cycle). */
  private expansion(block: Block): Expansion | undefined {
    const known = this.expansions.get(block);
    if (known === evaluating) return undefined;
    if (known) return known;
    if (!attributeOf(block.body, 'count') && !attributeOf(block.body, 'for_each')) return { kind: 'single' };
    this.expansions.set(block, evaluating);
    const expansion = expansionOf(block, this.context());
    this.expansions.set(block, expansion);
    return expansion;
  }

  private reportUnknownRepetition(expansion: Expansion, label: string, declared: Declared<Block>): void {
    if (expansion.kind !== 'unknown') return;
    const message = `${label}[*]: ${expansion.by} is known only after apply (${expansion.why}); its settings are checked once, with ${expansion.by === 'count' ? 'count.index' : 'each.key and each.value'} unknown`;
    this.project.report(diagnosticAt(declared.config.file, expansion.at.start, 'info', 'unknown-count', message));
  }

  /** Every resource and data source of this instance and of the local modules it calls, in source order. */
  collect(out: TfResource[]): void {
    for (const [mode, declarations] of [
      ['managed', this.directory.resources],
      ['data', this.directory.data],
    ] as const) {
      for (const declared of declarations.values()) this.collectBlock(mode, declared, out);
    }
    for (const name of this.directory.moduleCalls.keys()) {
      for (const instance of this.call(name)?.instances.values() ?? []) instance.collect(out);
    }
  }

  private collectBlock(mode: 'managed' | 'data', declared: Declared<Block>, out: TfResource[]): void {
    const block = declared.node;
    const [type, name] = block.labels.map((label) => label.value);
    if (type === undefined || name === undefined) return;
    const base = `${this.prefix}${mode === 'data' ? 'data.' : ''}${type}.${name}`;
    const expansion = this.expansion(block) ?? { kind: 'single' as const };
    this.reportUnknownRepetition(expansion, base, declared);
    const comments = commentsOf(declared.config.comments, declared.config.file.text, block);
    for (const instance of instancesOf(expansion)) {
      const body = evaluateBody(block.body, this.context(instance.bindings), block, true);
      out.push({
        mode,
        type,
        name,
        address: `${base}${instance.key}`,
        modulePath: this.modulePath,
        file: declared.config.file,
        start: block.start,
        end: block.end,
        headerEnd: block.headerEnd,
        body: publish(body),
        comments,
      });
    }
  }
}
