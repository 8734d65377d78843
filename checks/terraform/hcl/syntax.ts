/**
 * HCL's syntax as the evaluator reads it: expressions with their source offsets, templates with their literal
 * text rebuilt from the source, traversals folded into one node. `.tf` files (through tree-sitter) and `.tf.json`
 * files (through jsonc-parser) are both read into this shape, so one evaluator serves both.
 */

export interface Span {
  start: number;
  end: number;
}

export type BinaryOperator = '*' | '/' | '%' | '+' | '-' | '>' | '>=' | '<' | '<=' | '==' | '!=' | '&&' | '||';

export type Step =
  | (Span & { type: 'attr'; name: string })
  | (Span & { type: 'index'; key: Expr })
  /** `[*]` or `.*`, with the steps applied to each element. */
  | (Span & { type: 'splat'; steps: Step[] });

export type Expr = Span &
  (
    | { type: 'literal'; value: string | number | boolean | null }
    | { type: 'template'; parts: TemplatePart[] }
    | { type: 'tuple'; items: Expr[] }
    | { type: 'object'; items: ObjectItem[] }
    | { type: 'variable'; name: string }
    | { type: 'traversal'; target: Expr; steps: Step[] }
    | { type: 'call'; name: string; args: Expr[]; expandLast: boolean }
    | { type: 'for'; keyVar?: string; valueVar: string; collection: Expr; key?: Expr; value: Expr; condition?: Expr; grouping: boolean }
    | { type: 'conditional'; condition: Expr; then: Expr; otherwise: Expr }
    | { type: 'unary'; operator: '-' | '!'; operand: Expr }
    | { type: 'binary'; operator: BinaryOperator; left: Expr; right: Expr }
  );

export interface ObjectItem {
  /** A bare identifier key (`a = 1`) is a literal, as in Terraform; `(a) = 1` evaluates `a`. */
  key: Expr;
  value: Expr;
}

export type TemplatePart =
  | (Span & { type: 'text'; text: string })
  | (Span & { type: 'interpolation'; expr: Expr })
  | (Span & { type: 'if'; condition: Expr; then: TemplatePart[]; otherwise: TemplatePart[] })
  | (Span & { type: 'for'; keyVar?: string; valueVar: string; collection: Expr; body: TemplatePart[] });

export interface Attribute extends Span {
  name: string;
  nameStart: number;
  expr: Expr;
}

export interface Label extends Span {
  value: string;
}

export interface Block extends Span {
  type: string;
  labels: Label[];
  /** End of the header (`resource "aws_s3_bucket" "logs"`): findings about the whole block point there. */
  headerEnd: number;
  body: Body;
}

export interface Body {
  attributes: Attribute[];
  blocks: Block[];
}

export function attributeOf(body: Body, name: string): Attribute | undefined {
  for (const attribute of body.attributes) if (attribute.name === name) return attribute;
  return undefined;
}
