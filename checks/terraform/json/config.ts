/**
 * `.tf.json` into the same syntax as `.tf` (Terraform's JSON configuration syntax): the labels of a block are
 * nested object keys, strings are templates (`"${var.name}"`), and a `"//"` key is a comment. Positions point
 * into the JSON: an attribute at its key, an expression inside a string at the string.
 *
 * JSON cannot tell a nested block from an argument whose value is an object. Without the provider's schema,
 * objects and arrays of objects are read as blocks, except under the few argument names that take maps.
 */
import type { MapEntry, MapNode, Node } from '../../parse/tree.ts';
import type { Diagnostic } from '../../source/diagnostic.ts';
import { diagnosticAt } from '../../source/diagnostic.ts';
import type { SourceFile } from '../../source/file.ts';
import type { Comment } from '../hcl/raw.ts';
import { parseExpressionText, parseTemplateText } from '../hcl/parse.ts';
import type { Attribute, Block, Body, Expr, Span } from '../hcl/syntax.ts';
import type { ConfigFile } from '../project/directory.ts';
import { readJson } from './read.ts';

/** How many labels each top-level block type has. */
const labelCounts: Record<string, number> = { resource: 2, data: 2, module: 1, variable: 1, output: 1, provider: 1, locals: 0, terraform: 0, moved: 0, import: 0, check: 1, removed: 0 };

/** Arguments whose value is a map, not a block (the rest of the AWS provider's object-valued names are blocks). */
const mapArguments = new Set([
  'tags',
  'tags_all',
  'labels',
  'variables',
  'parameters',
  'triggers',
  'metadata',
  'annotations',
  'environment_variables',
  'stage_variables',
  'request_parameters',
  'request_templates',
  'response_parameters',
  'response_templates',
  'default_tags_map',
  'context',
  'attributes',
]);

export function readTerraformJson(file: SourceFile, diagnostics: Diagnostic[]): ConfigFile | undefined {
  const root = readJson(file, diagnostics);
  if (!root) return undefined;
  if (root.kind !== 'map') {
    diagnostics.push(diagnosticAt(file, root.start, 'error', 'terraform-json', 'a .tf.json file holds one JSON object'));
    return undefined;
  }
  const reader = new JsonConfigReader();
  const body: Body = { attributes: [], blocks: [] };
  for (const entry of root.entries) {
    if (entry.key === '//') continue;
    const labels = labelCounts[entry.key];
    if (labels === undefined) continue;
    if (entry.key === 'locals') {
      for (const object of objects(entry.value))
        body.blocks.push({ type: 'locals', labels: [], headerEnd: entry.keyEnd, body: reader.body(object, 'attributes'), start: entry.keyStart, end: object.end });
    } else reader.blocks(entry, labels, [], body.blocks);
  }
  return { file, body, comments: reader.comments.sort((left, right) => left.start - right.start) };
}

/** An object, or each object of an array of objects (JSON's way of repeating a block). */
function objects(node: Node): MapNode[] {
  if (node.kind === 'map') return [node];
  if (node.kind === 'seq') return node.items.filter((item): item is MapNode => item.kind === 'map');
  return [];
}

class JsonConfigReader {
  readonly comments: Comment[] = [];

  /** `"resource": {"aws_s3_bucket": {"logs": {…}}}`: one level of objects per label. */
  blocks(entry: MapEntry, labelsLeft: number, labels: Block['labels'], out: Block[], type = entry.key): void {
    for (const object of objects(entry.value)) {
      if (labelsLeft === 0) {
        const last = labels[labels.length - 1];
        out.push({ type, labels, headerEnd: last?.end ?? entry.keyEnd, body: this.body(object, type === 'variable' ? 'variable' : 'block'), start: last?.start ?? entry.keyStart, end: object.end });
        continue;
      }
      for (const inner of object.entries) {
        if (inner.key === '//') continue;
        this.blocks(inner, labelsLeft - 1, [...labels, { value: inner.key, start: inner.keyStart, end: inner.keyEnd }], out, type);
      }
    }
  }

  body(object: MapNode, kind: 'block' | 'attributes' | 'variable'): Body {
    const body: Body = { attributes: [], blocks: [] };
    for (const entry of object.entries) {
      if (entry.key === '//') {
        this.comment(entry.value);
        continue;
      }
      if (kind === 'block' && entry.key === 'dynamic') {
        this.blocks(entry, 1, [], body.blocks);
        continue;
      }
      const isBlock = kind === 'block' && !mapArguments.has(entry.key) && isBlockValue(entry.value);
      if (isBlock) {
        for (const inner of objects(entry.value)) body.blocks.push({ type: entry.key, labels: [], headerEnd: entry.keyEnd, body: this.body(inner, 'block'), start: entry.keyStart, end: inner.end });
        continue;
      }
      // A variable's `type` is an expression written in a string: `"list(string)"`.
      const expr =
        kind === 'variable' && entry.key === 'type' && entry.value.kind === 'scalar' && typeof entry.value.value === 'string' ? this.typeExpression(entry.value) : this.expression(entry.value);
      const attribute: Attribute = { name: entry.key, nameStart: entry.keyStart, expr, start: entry.keyStart, end: entry.value.end };
      body.attributes.push(attribute);
    }
    return body;
  }

  private comment(node: Node): void {
    if (node.kind === 'scalar' && typeof node.value === 'string') this.comments.push({ text: `// ${node.value}`, start: node.start, end: node.end });
  }

  expression(node: Node): Expr {
    const { start, end } = node;
    switch (node.kind) {
      case 'seq':
        return { type: 'tuple', items: node.items.map((item) => this.expression(item)), start, end };
      case 'map':
        return {
          type: 'object',
          items: node.entries
            .filter((entry) => entry.key !== '//')
            .map((entry) => ({ key: this.template(entry.key, { start: entry.keyStart, end: entry.keyEnd }), value: this.expression(entry.value) })),
          start,
          end,
        };
      default:
        return typeof node.value === 'string' ? this.template(node.value, node) : { type: 'literal', value: node.value, start, end };
    }
  }

  private template(text: string, at: Span): Expr {
    if (!text.includes('${') && !text.includes('%{')) return { type: 'literal', value: text, ...at };
    const parsed = parseTemplateText(text);
    return parsed ? placeAt(parsed, at) : { type: 'literal', value: text, ...at };
  }

  private typeExpression(node: Extract<Node, { kind: 'scalar' }>): Expr {
    const parsed = parseExpressionText(String(node.value));
    return parsed ? placeAt(parsed, node) : { type: 'literal', value: String(node.value), start: node.start, end: node.end };
  }
}

function isBlockValue(node: Node): boolean {
  if (node.kind === 'map') return true;
  return node.kind === 'seq' && node.items.length > 0 && node.items.every((item) => item.kind === 'map');
}

/** An expression parsed out of a string, every part placed at the string. */
function placeAt<T>(node: T, at: Span): T {
  if (Array.isArray(node)) return node.map((item: unknown) => placeAt(item, at)) as T;
  if (node === null || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = key === 'start' || key === 'nameStart' ? at.start : key === 'end' ? at.end : placeAt(value, at);
  return out as T;
}
