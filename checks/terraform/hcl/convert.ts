/**
 * Tree-sitter's HCL nodes into `syntax.ts`. The grammar returns a traversal (`a.b[0]`), a splat and each
 * operand of a binary operation as flat siblings of their parent; they are folded here into one node each.
 */
import type { RawNode } from './raw.ts';
import type { Attribute, BinaryOperator, Block, Body, Expr, Label, ObjectItem, Step } from './syntax.ts';
import { heredocTemplate, quotedTemplate, unescapeQuoted, type TemplateReader } from './template.ts';

const binaryOperators = new Set<string>(['*', '/', '%', '+', '-', '>', '>=', '<', '<=', '==', '!=', '&&', '||']);
const stepTypes = new Set(['get_attr', 'index', 'splat']);

/** Thrown on a node the grammar should not produce in an error-free tree; the caller reports it as a syntax error. */
export class UnexpectedNode extends Error {
  readonly offset: number;
  constructor(node: RawNode) {
    super(`unexpected ${node.type}`);
    this.offset = node.start;
  }
}

export class HclConverter implements TemplateReader {
  readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  body(node: RawNode | undefined): Body {
    const body: Body = { attributes: [], blocks: [] };
    for (const child of node?.children ?? []) {
      if (child.type === 'attribute') body.attributes.push(this.attribute(child));
      else if (child.type === 'block') body.blocks.push(this.block(child));
    }
    return body;
  }

  attribute(node: RawNode): Attribute {
    const [name, expression] = node.children;
    if (!name || !expression) throw new UnexpectedNode(node);
    return { name: this.source(name), nameStart: name.start, expr: this.expression(expression), start: node.start, end: node.end };
  }

  block(node: RawNode): Block {
    const children = node.children;
    const labels: Label[] = [];
    let index = 1;
    for (; index < children.length; index++) {
      const child = children[index]!;
      if (child.type === 'string_lit') labels.push({ value: unescapeQuoted(this.text.slice(child.start + 1, child.end - 1)), start: child.start, end: child.end });
      else if (child.type === 'identifier') labels.push({ value: this.source(child), start: child.start, end: child.end });
      else break;
    }
    const type = children[0]!;
    const body = children.find((child) => child.type === 'body');
    const headerEnd = labels.length > 0 ? labels[labels.length - 1]!.end : type.end;
    return { type: this.source(type), labels, headerEnd, body: this.body(body), start: node.start, end: node.end };
  }

  expression(node: RawNode): Expr {
    const children = node.children;
    if (node.type !== 'expression') return this.term(node);
    if (children.length === 1 && children[0]!.type === 'conditional') return this.conditional(children[0]!);
    return this.terms(children);
  }

  /** A term followed by its traversal steps, or a parenthesised expression followed by its steps. */
  private terms(nodes: RawNode[]): Expr {
    const first = nodes[0];
    if (!first) throw new Error('empty expression');
    let target: Expr;
    let next = 1;
    if (first.type === '(') {
      const inner = nodes[1];
      const close = nodes[2];
      if (!inner || !close) throw new UnexpectedNode(first);
      target = { ...this.expression(inner), start: first.start, end: close.end };
      next = 3;
    } else target = this.term(first);
    if (next >= nodes.length) return target;
    const steps = nodes.slice(next).map((node) => this.step(node));
    return { type: 'traversal', target, steps, start: target.start, end: steps[steps.length - 1]!.end };
  }

  private step(node: RawNode): Step {
    if (!stepTypes.has(node.type)) throw new UnexpectedNode(node);
    if (node.type === 'get_attr') return { type: 'attr', name: this.source(node.children[0]!), start: node.start, end: node.end };
    if (node.type === 'index') {
      const index = node.children[0]!;
      if (index.type === 'legacy_index') {
        const value = Number(this.text.slice(index.start + 1, index.end));
        return { type: 'index', key: { type: 'literal', value, start: index.start + 1, end: index.end }, start: node.start, end: node.end };
      }
      return { type: 'index', key: this.expression(index.children[0]!), start: node.start, end: node.end };
    }
    const splat = node.children[0]!;
    return { type: 'splat', steps: splat.children.map((child) => this.step(child)), start: node.start, end: node.end };
  }

  private term(node: RawNode): Expr {
    const { start, end } = node;
    switch (node.type) {
      case 'literal_value':
        return this.literal(node.children[0]!);
      case 'template_expr': {
        const template = node.children[0]!;
        return template.type === 'heredoc_template' ? heredocTemplate(this, template) : quotedTemplate(this, template);
      }
      case 'collection_value':
        return this.collection(node.children[0]!);
      case 'variable_expr':
        return { type: 'variable', name: this.source(node.children[0] ?? node), start, end };
      case 'function_call':
        return this.call(node);
      case 'for_expr':
        return this.forExpression(node.children[0]!);
      case 'operation':
        return this.operation(node.children[0]!);
      case 'expression':
        return this.expression(node);
      default:
        throw new UnexpectedNode(node);
    }
  }

  private literal(node: RawNode): Expr {
    const { start, end } = node;
    const source = this.source(node);
    switch (node.type) {
      case 'numeric_lit':
        return { type: 'literal', value: Number(source), start, end };
      case 'bool_lit':
        return { type: 'literal', value: source === 'true', start, end };
      case 'null_lit':
        return { type: 'literal', value: null, start, end };
      default:
        return { type: 'literal', value: unescapeQuoted(source.slice(1, -1)), start, end };
    }
  }

  private collection(node: RawNode): Expr {
    const { start, end } = node;
    if (node.type === 'tuple') {
      const items = node.children.filter((child) => child.type === 'expression').map((child) => this.expression(child));
      return { type: 'tuple', items, start, end };
    }
    const items: ObjectItem[] = [];
    for (const element of node.children) {
      if (element.type !== 'object_elem') continue;
      const key = element.children[0]!;
      const value = element.children[1]!;
      items.push({ key: this.objectKey(key), value: this.expression(value) });
    }
    return { type: 'object', items, start, end };
  }

  /** `{ a = 1 }` names the key `a`; only `(a)` or a template evaluates it. */
  private objectKey(node: RawNode): Expr {
    const only = node.children.length === 1 ? node.children[0]! : undefined;
    if (only?.type === 'variable_expr') return { type: 'literal', value: this.source(only), start: only.start, end: only.end };
    return this.expression(node);
  }

  private call(node: RawNode): Expr {
    const name = this.source(node.children[0]!);
    const argumentsNode = node.children.find((child) => child.type === 'function_arguments');
    const argumentNodes = argumentsNode?.children ?? [];
    const args = argumentNodes.filter((child) => child.type === 'expression').map((child) => this.expression(child));
    const expandLast = argumentNodes.some((child) => child.type === 'ellipsis');
    return { type: 'call', name, args, expandLast, start: node.start, end: node.end };
  }

  private forExpression(node: RawNode): Expr {
    const children = node.children;
    const intro = children[0]!;
    const names = intro.children.filter((child) => child.type === 'identifier').map((child) => this.source(child));
    const collection = this.expression(intro.children.find((child) => child.type === 'expression')!);
    const expressions = children.filter((child) => child.type === 'expression').map((child) => this.expression(child));
    const conditionNode = children.find((child) => child.type === 'for_cond');
    const isObject = node.type === 'for_object_expr';
    const value = isObject ? expressions[1] : expressions[0];
    if (!value) throw new UnexpectedNode(node);
    const result: Expr = {
      type: 'for',
      valueVar: names[names.length - 1]!,
      collection,
      value,
      grouping: children.some((child) => child.type === 'ellipsis'),
      start: node.start,
      end: node.end,
    };
    if (names.length > 1) result.keyVar = names[0]!;
    if (isObject) result.key = expressions[0]!;
    if (conditionNode) result.condition = this.expression(conditionNode.children[0]!);
    return result;
  }

  private conditional(node: RawNode): Expr {
    const [condition, then, otherwise] = node.children.filter((child) => child.type === 'expression');
    if (!condition || !then || !otherwise) throw new UnexpectedNode(node);
    return { type: 'conditional', condition: this.expression(condition), then: this.expression(then), otherwise: this.expression(otherwise), start: node.start, end: node.end };
  }

  private operation(node: RawNode): Expr {
    const children = node.children;
    if (node.type === 'unary_operation') {
      const operator = children[0]!.type === '!' ? '!' : '-';
      return { type: 'unary', operator, operand: this.terms(children.slice(1)), start: node.start, end: node.end };
    }
    const at = children.findIndex((child) => binaryOperators.has(child.type));
    if (at <= 0) throw new UnexpectedNode(node);
    const operator = children[at]!.type as BinaryOperator;
    return { type: 'binary', operator, left: this.terms(children.slice(0, at)), right: this.terms(children.slice(at + 1)), start: node.start, end: node.end };
  }

  private source(node: RawNode): string {
    return this.text.slice(node.start, node.end);
  }
}
