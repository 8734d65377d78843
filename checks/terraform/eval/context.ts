/** What an expression is evaluated in: the names it may use, and the module that answers the global ones. */
import type { Expr, Step } from '../hcl/syntax.ts';
import type { Span, Value } from '../values.ts';

export interface Resolver {
  /**
   * A traversal rooted at a global name (`var`, `local`, `module`, `data`, `path`, a resource type…): the value and
   * how many of `steps` it used. The value is placed at `at`.
   */
  resolve(name: string, steps: readonly Step[], at: Span, context: EvalContext): { value: Value; used: number };
  /** A file of the input, by a path relative to the root module (what `file()` reads); `undefined` if not given. */
  readFile(path: string): string | undefined;
  /** A template's text parsed as a heredoc body (`templatefile`), or `undefined` if it does not parse. */
  parseTemplate(text: string): Expr | undefined;
}

export interface EvalContext {
  /** Names bound by `for`, `count`, `each` and dynamic block iterators, innermost last. */
  bindings: ReadonlyMap<string, Value>;
  resolver: Resolver;
  /** Nesting depth, to stop runaway recursion (`templatefile` calling itself, deep locals). */
  depth: number;
  /**
   * Write a resource attribute interpolated into a string as its expression (`"${aws_s3_bucket.b.arn}/*"`)
   * instead of making the string unknown: for policy documents, whose statements rules read even when an ARN
   * is known only after apply. An attribute of a resource is never a wildcard, so nothing is guessed.
   */
  referencesAsText?: true;
}

export function bind(context: EvalContext, names: Iterable<[string, Value]>): EvalContext {
  const bindings = new Map(context.bindings);
  for (const [name, value] of names) bindings.set(name, value);
  return { ...context, bindings };
}

/** `${aws_s3_bucket.b.arn}`: how a reference is written into a policy document (see `referencesAsText`). */
export function referenceText(ref: { address: string; attribute?: string }): string {
  return `\${${ref.address}${ref.attribute === undefined ? '' : `.${ref.attribute}`}}`;
}
