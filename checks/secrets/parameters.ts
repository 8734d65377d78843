/**
 * Default values of template parameters that hold secrets: any parameter with `NoEcho: true` (CloudFormation
 * hides its value everywhere except in the template itself) or with a secret-looking name (`DbPassword`).
 * Parameters are found by one pass over the lines (YAML) or the braces (JSON), never by parsing.
 */
import { findAssignments, keyNamed, looksLikeJson, type Assignment } from './assignments.ts';
import { namesASecret } from './names.ts';

interface ParameterBlock {
  name: string;
  start: number;
  end: number;
}

const isBlank = (code: number) => code === 32 || code === 9;

/** YAML: the entries under a top-level `Parameters:`, each from its name to the next line as shallow as the name. */
function yamlParameterBlocks(text: string): ParameterBlock[] {
  const blocks: ParameterBlock[] = [];
  let inSection = false;
  let nameIndent = -1;
  let current: ParameterBlock | undefined;
  const close = (at: number) => {
    if (current) blocks.push({ ...current, end: at });
    current = undefined;
  };
  for (let lineStart = 0; lineStart < text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let first = lineStart;
    while (first < lineEnd && text.charCodeAt(first) === 32) first++;
    const indent = first - lineStart;
    while (first < lineEnd && isBlank(text.charCodeAt(first))) first++;
    const code = first < lineEnd ? text.charCodeAt(first) : -1;
    // Blank lines, comments and block-scalar lines at the left edge do not end a section.
    if (code !== -1 && code !== 13 && code !== 35) {
      if (indent === 0) {
        close(lineStart);
        inSection = /^(Parameters|"Parameters"|'Parameters'):[ \t]*(#.*)?\r?$/.test(text.slice(lineStart, Math.min(lineEnd, lineStart + 64)));
        nameIndent = -1;
      } else if (inSection) {
        if (nameIndent === -1) nameIndent = indent;
        if (indent <= nameIndent) {
          close(lineStart);
          let colon = first;
          while (colon < lineEnd && colon - first <= 256 && text.charCodeAt(colon) !== 58) colon++;
          current = { name: text.slice(first, colon).replace(/^["']|["']$/g, ''), start: lineStart, end: lineEnd };
          if (indent < nameIndent) nameIndent = indent;
        }
      }
    }
    lineStart = lineEnd + 1;
  }
  close(text.length);
  return blocks;
}

/** JSON: the members of the top-level `"Parameters"` object, each as its `{…}`. One pass; strings are skipped. */
function jsonParameterBlocks(text: string): ParameterBlock[] {
  const blocks: ParameterBlock[] = [];
  let depth = 0;
  /** Depth inside the Parameters object, or -1 outside it. */
  let parametersDepth = -1;
  let parameter: { name: string; start: number } | undefined;
  let key: string | undefined;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 34) {
      let close = index + 1;
      while (close < text.length && text.charCodeAt(close) !== 34) close += text.charCodeAt(close) === 92 ? 2 : 1;
      let after = close + 1;
      while (after < text.length && (isBlank(text.charCodeAt(after)) || text.charCodeAt(after) === 10 || text.charCodeAt(after) === 13)) after++;
      // Only keys one level below a place where a block can start are kept; others are never read.
      key = text.charCodeAt(after) === 58 && (depth === 1 || depth === parametersDepth) && close - index <= 257 ? text.slice(index + 1, close) : undefined;
      index = close;
    } else if (code === 123 || code === 91) {
      depth++;
      if (code === 123 && depth === 2 && key === 'Parameters') parametersDepth = 2;
      else if (code === 123 && depth === parametersDepth + 1 && parametersDepth !== -1 && key !== undefined) parameter = { name: key, start: index };
      key = undefined;
    } else if (code === 125 || code === 93) {
      if (parameter && depth === parametersDepth + 1) {
        blocks.push({ ...parameter, end: index + 1 });
        parameter = undefined;
      }
      if (depth === parametersDepth) parametersDepth = -1;
      if (depth > 0) depth--;
    } else if (code === 44) key = undefined;
  }
  return blocks;
}

const isNoEcho = keyNamed('NoEcho');
const isDefault = keyNamed('Default');
const isNoEchoOrDefault = (text: string, start: number, end: number) => isNoEcho(text, start, end) || isDefault(text, start, end);

/** True for `true`, `"true"`, `'True'`: how CloudFormation reads `NoEcho`. */
function isTrue(text: string, { start, end }: Assignment): boolean {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  if (end - start !== 4) return false;
  for (let index = 0; index < 4; index++) if ((text.charCodeAt(start + index) | 0x20) !== 'true'.charCodeAt(index)) return false;
  return true;
}

/**
 * The `Default` values of parameters whose value CloudFormation hides (`NoEcho: true`) or whose name says it
 * is a secret, in YAML and JSON templates.
 *
 * @example findSecretDefaults('Parameters:\n  Db:\n    NoEcho: true\n    Default: hunter2\n') // [{ key: 'Default', … }]
 */
export function findSecretDefaults(text: string): Assignment[] {
  const json = looksLikeJson(text);
  const blocks = json ? jsonParameterBlocks(text) : yamlParameterBlocks(text);
  if (blocks.length === 0) return [];
  // One scan of the whole section, then each value is given to the parameter it sits in.
  const values: Assignment[] = [];
  findAssignments(text, isNoEchoOrDefault, (assignment) => values.push(assignment), { range: { start: blocks[0]!.start, end: blocks.at(-1)!.end }, json });
  values.sort((a, b) => a.start - b.start);
  const defaults: Assignment[] = [];
  let next = 0;
  for (const block of blocks) {
    let hidden = namesASecret(block.name);
    const first = next;
    for (; next < values.length && values[next]!.start < block.end; next++) {
      const value = values[next]!;
      if (value.start >= block.start && value.key === 'NoEcho' && isTrue(text, value)) hidden = true;
    }
    if (!hidden) continue;
    for (let index = first; index < next; index++) {
      const value = values[index]!;
      if (value.start >= block.start && value.key === 'Default') defaults.push(value);
    }
  }
  return defaults;
}
