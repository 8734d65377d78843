/**
 * One pass over tree-sitter's tree into plain objects. Every property read on a tree-sitter cursor crosses into
 * WebAssembly, so the tree is walked once, reading only type, start and end (UTF-16 offsets, the same units as
 * JavaScript strings and our columns), and the converter then works on ordinary objects.
 */
import type { Tree } from 'web-tree-sitter';
import { walkTree } from '../runtime.ts';

export interface RawNode {
  /** The grammar's node type (`attribute`, `get_attr`), or the token itself for anonymous nodes (`+`, `<<-`). */
  type: string;
  start: number;
  end: number;
  children: RawNode[];
}

export interface Comment {
  text: string;
  start: number;
  end: number;
}

/** Nodes whose text we read straight from the source, so their children are never visited. */
const readFromSource = new Set(['identifier', 'numeric_lit', 'bool_lit', 'null_lit', 'string_lit', 'heredoc_identifier', 'heredoc_start', 'strip_marker', 'legacy_index', 'comment']);

/**
 * Punctuation the converter never reads (delimiters are known from their parent's span): left out of the tree.
 * A 1 MB file has about 440,000 nodes, and every one kept is work for the garbage collector.
 */
const punctuation = new Set([
  '=',
  ',',
  ':',
  '?',
  '=>',
  'for',
  'in',
  'if',
  'else',
  'endif',
  'endfor',
  '.',
  '[',
  ']',
  '{',
  '}',
  '[*]',
  '.*',
  'block_start',
  'block_end',
  'object_start',
  'object_end',
  'tuple_start',
  'tuple_end',
  'quoted_template_start',
  'quoted_template_end',
  'template_interpolation_start',
  'template_interpolation_end',
  'template_directive_start',
  'template_directive_end',
]);

/** Leaves share one empty list until a child arrives. */
const noChildren: RawNode[] = [];

function skippedTypes(names: readonly (string | null)[]): Uint8Array {
  const skipped = new Uint8Array(names.length);
  names.forEach((name, id) => {
    if (name !== null && punctuation.has(name)) skipped[id] = 1;
  });
  return skipped;
}

/** `base`: where the parsed text starts in `text`, when a piece of it was parsed (`pieces.ts`). */
export function rawTree(tree: Tree, text: string, comments: Comment[], base = 0): RawNode {
  const names = tree.language.types;
  const skipped = skippedTypes(names);
  const walker = walkTree(tree);
  try {
    const root: RawNode = { type: 'config_file', start: base + walker.start(), end: base + walker.end(), children: noChildren };
    const parents: RawNode[] = [root];
    if (!walker.firstChild()) return root;
    for (;;) {
      const id = walker.typeId();
      const type = names[id] ?? 'ERROR';
      if (type === 'comment') {
        const start = base + walker.start();
        const end = base + walker.end();
        comments.push({ text: text.slice(start, end), start, end });
      } else if (skipped[id] !== 1) {
        const node: RawNode = { type, start: base + walker.start(), end: base + walker.end(), children: noChildren };
        const parent = parents[parents.length - 1]!;
        if (parent.children === noChildren) parent.children = [node];
        else parent.children.push(node);
        if (!readFromSource.has(type) && walker.firstChild()) {
          parents.push(node);
          continue;
        }
      }
      while (!walker.nextSibling()) {
        if (parents.length === 1 || !walker.parent()) return root;
        parents.pop();
      }
    }
  } finally {
    walker.close();
  }
}

/** The first ERROR or MISSING node in source order, for a file whose tree has errors. */
export function firstSyntaxError(tree: Tree): { start: number; end: number; missing?: string } | undefined {
  const names = tree.language.types;
  const walker = walkTree(tree);
  try {
    for (;;) {
      const type = names[walker.typeId()] ?? 'ERROR';
      if (walker.isMissing()) return { start: walker.start(), end: walker.start(), missing: type };
      if (type === 'ERROR') return { start: walker.start(), end: walker.end() };
      if (walker.firstChild()) continue;
      while (!walker.nextSibling()) {
        if (!walker.parent()) return undefined;
      }
    }
  } finally {
    walker.close();
  }
}
