/**
 * Policy documents a template writes as JSON text rather than as a map: a literal string, `!Sub |` over a JSON
 * block, or `Fn::Join` of literal parts. The text is resolved the way CloudFormation would (parameters, Sub
 * variables), parsed, and every statement placed where its text sits in the file; a value known only at deploy
 * time (`${AWS::AccountId}`, `${Bucket.Arn}`) leaves the string holding it unknown, never guessed.
 */
import type { PolicyDocument } from '../../../model/aws/iam.ts';
import { valueOf, type MapNode, type Node } from '../../../parse/tree.ts';
import { markUnresolved, parseJsonText, perCharacter, scalarSourceMap, unresolvedClose, unresolvedOpen, wholeString, type SourceMap } from '../../../read/json-text.ts';
import { readPolicyDocument } from '../../../read/policy.ts';
import { evaluate, knownText, parameterValue, type EvalContext } from '../../evaluate.ts';
import type { Cursor, ResourceReader } from '../../read.ts';

interface MappedText {
  text: string;
  /** File offset of each character of `text`, plus one past the end; `undefined` when only the whole node is known. */
  offsets: number[] | undefined;
}

const maxDepth = 16;

function fromScalar(node: Node, ctx: EvalContext): MappedText | undefined {
  if (node.kind !== 'scalar' || typeof node.value !== 'string') return undefined;
  const map = scalarSourceMap(ctx.template.file.text, node.start, node.end, node.text);
  return { text: node.text, offsets: map.exact ? Array.from({ length: node.text.length + 1 }, (_, index) => map.start(index)) : undefined };
}

/** Text of `piece` standing at one place (a substituted value): every character points at `at`. */
const pointingAt = (piece: string, at: number | undefined) => (at === undefined ? undefined : Array.from({ length: piece.length }, () => at));

class Builder {
  text = '';
  offsets: number[] | undefined = [];
  add(piece: string, offsets: number[] | undefined): void {
    this.text += piece;
    this.offsets = this.offsets && offsets ? [...this.offsets, ...offsets.slice(0, piece.length)] : undefined;
  }
  done(end: number | undefined): MappedText {
    return { text: this.text, offsets: this.offsets && end !== undefined ? [...this.offsets, end] : undefined };
  }
}

function subValue(name: string, variables: MapNode | undefined, site: Node, ctx: EvalContext, depth: number): string | undefined {
  const variable = variables ? valueOf(variables, name) : undefined;
  if (variable) return knownText(evaluate(variable, ctx, depth + 1));
  if (ctx.template.parameters.has(name)) return knownText(parameterValue(name, site, ctx, depth));
  return ctx.params.get(name);
}

function fromSub(argument: Node, node: Node, ctx: EvalContext, depth: number): MappedText | undefined {
  const templateNode = argument.kind === 'seq' ? argument.items[0] : argument;
  const second = argument.kind === 'seq' ? argument.items[1] : undefined;
  const variables = second?.kind === 'map' ? second : undefined;
  const template = templateNode ? fromScalar(templateNode, ctx) : undefined;
  if (!template) return undefined;
  const source = template.offsets;
  const at = (index: number) => source?.[index];
  const slice = (from: number, to: number) => source?.slice(from, to);
  const out = new Builder();
  const pattern = /\$\{([^}]*)\}/g;
  let last = 0;
  for (let match = pattern.exec(template.text); match; match = pattern.exec(template.text)) {
    out.add(template.text.slice(last, match.index), slice(last, match.index));
    const raw = match[1]!;
    if (raw.startsWith('!')) {
      // `${!Literal}` writes `${Literal}`: the `!` is dropped.
      out.add('${', slice(match.index, match.index + 2));
      out.add(`${raw.slice(1)}}`, slice(match.index + 3, match.index + match[0].length));
    } else {
      const value = subValue(raw.trim(), variables, node, ctx, depth);
      const piece = value ?? markUnresolved(raw.trim());
      out.add(piece, pointingAt(piece, at(match.index)));
    }
    last = match.index + match[0].length;
  }
  out.add(template.text.slice(last), slice(last, template.text.length));
  return out.done(at(template.text.length));
}

function fromJoin(argument: Node, ctx: EvalContext, depth: number): MappedText | undefined {
  if (argument.kind !== 'seq' || argument.items.length !== 2 || argument.items[1]?.kind !== 'seq') return undefined;
  const delimiter = knownText(evaluate(argument.items[0]!, ctx, depth + 1));
  if (delimiter === undefined) return undefined;
  const out = new Builder();
  let end: number | undefined;
  argument.items[1].items.forEach((part, index) => {
    if (index > 0) out.add(delimiter, pointingAt(delimiter, end));
    const mapped = mappedText(part, ctx, depth + 1);
    if (mapped) {
      out.add(mapped.text, mapped.offsets);
      end = mapped.offsets?.[mapped.text.length];
      return;
    }
    const resolved = evaluate(part, ctx, depth + 1);
    if (resolved.kind === 'absent') return;
    const reference = part.kind === 'map' && part.entries.length === 1 && part.entries[0]!.key === 'Ref' ? part.entries[0]!.value : undefined;
    const piece = knownText(resolved) ?? markUnresolved((reference?.kind === 'scalar' ? reference.text : undefined) ?? 'AWS::Unresolved');
    out.add(piece, pointingAt(piece, part.start));
    end = part.end;
  });
  return out.done(end);
}

/** The text a node resolves to with the file offset of each character, when it is a string, Sub or Join. */
function mappedText(node: Node, ctx: EvalContext, depth = 0): MappedText | undefined {
  if (depth > maxDepth) return undefined;
  if (node.kind === 'scalar') return fromScalar(node, ctx);
  if (node.kind !== 'map' || node.entries.length !== 1) return undefined;
  const { key, value } = node.entries[0]!;
  if (key === 'Fn::Sub') return fromSub(value, node, ctx, depth);
  if (key === 'Fn::Join') return fromJoin(value, ctx, depth);
  return undefined;
}

/** A string holding names known only at deploy time reads as the `Fn::Sub` it stands for, which resolves to unknown. */
function unresolvedString(text: string, start: number, end: number): Node {
  const written = text.replaceAll(unresolvedOpen, '${').replaceAll(unresolvedClose, '}');
  return { kind: 'map', start, end, entries: [{ key: 'Fn::Sub', keyStart: start, keyEnd: end, value: { kind: 'scalar', value: written, text: written, start, end } }] };
}

/** The policy document a setting holds, whether written as a map or as JSON text; unreadable when its text is known only at deploy time. */
export function readTemplatePolicy(reader: ResourceReader, cursor: Cursor): PolicyDocument | undefined {
  const value = cursor.value;
  if (value === undefined) return undefined;
  if (value.kind === 'map') return readPolicyDocument(reader, cursor);
  const unreadable: PolicyDocument = { at: cursor.at, statements: [], unreadable: true };
  if (value.kind === 'seq' || value.kind === 'ref') return undefined;
  if (value.kind === 'absent') return undefined;
  const mapped = mappedText(value.node, reader.ctx);
  if (!mapped || !mapped.text.trimStart().startsWith('{')) return value.kind === 'unknown' ? unreadable : undefined;
  const map: SourceMap = mapped.offsets ? perCharacter(mapped.offsets, value.node.end) : wholeString(value.node.start, value.node.end);
  const node = parseJsonText(mapped.text, map, unresolvedString);
  if (!node) return unreadable;
  return readPolicyDocument(reader, { ...cursor, value: evaluate(node, reader.ctx) });
}

/**
 * A string setting as written, with values known only at deploy time left as `${Name}`: an ARN such as
 * `!Sub arn:${AWS::Partition}:iam::aws:policy/AdministratorAccess` says which policy it names whatever the partition.
 */
export function writtenText(reader: ResourceReader, cursor: Cursor): string | undefined {
  const value = cursor.value;
  if (value === undefined || value.kind === 'map' || value.kind === 'seq' || value.kind === 'ref' || value.kind === 'absent') return undefined;
  const known = knownText(value);
  if (known !== undefined) return known;
  return mappedText(value.node, reader.ctx)?.text.replaceAll(unresolvedOpen, '${').replaceAll(unresolvedClose, '}');
}
