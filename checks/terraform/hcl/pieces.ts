/**
 * Where a large file can be cut between top-level blocks so that each piece is parsed alone. Tree-sitter's
 * memory grows with the tree it holds (a 1 MB file takes about 34 MB more), and WebAssembly memory never
 * shrinks, so one large upload would keep a Worker's isolate near its 128 MB limit; pieces of 64 KB fit in the
 * memory the parser starts with. A cut is made only after a line that is `}` alone, outside any string,
 * comment or heredoc, with every bracket closed: between two top-level items, where parsing the pieces gives
 * the syntax the whole would. The scan only proposes cuts: the caller parses the whole file after all if a
 * piece does not parse cleanly.
 */

export interface Piece {
  start: number;
  end: number;
}

const heredocOpener = /<<-?([A-Za-z_][\w-]*)\r?\n/y;

/** The pieces of `text`, each at least `size` characters but the last; one piece when no cut is found. */
export function piecesOf(text: string, size: number): Piece[] {
  const pieces: Piece[] = [];
  let pieceStart = 0;
  const cut = (at: number) => {
    if (at - pieceStart < size || at >= text.length) return;
    pieces.push({ start: pieceStart, end: at });
    pieceStart = at;
  };
  if (scan(text, 0, false, cut) === -1) return [{ start: 0, end: text.length }];
  pieces.push({ start: pieceStart, end: text.length });
  return pieces;
}

/**
 * Scans expressions and bodies from `at`. Inside a template interpolation (`inside`), returns the offset after
 * the `}` that closes it; at the top level, calls `cut` after each top-level closing line and returns the end.
 * Returns -1 for text it cannot follow (an unclosed string, comment or heredoc).
 */
function scan(text: string, at: number, inside: boolean, cut: (at: number) => void): number {
  let depth = 0;
  let index = at;
  while (index < text.length) {
    const char = text[index]!;
    const next = text[index + 1];
    if (char === '#' || (char === '/' && next === '/')) {
      const lineEnd = text.indexOf('\n', index);
      index = lineEnd === -1 ? text.length : lineEnd;
    } else if (char === '/' && next === '*') {
      const close = text.indexOf('*/', index + 2);
      if (close === -1) return -1;
      index = close + 2;
    } else if (char === '"') {
      index = quoted(text, index + 1);
      if (index === -1) return -1;
    } else if (char === '<' && next === '<') {
      heredocOpener.lastIndex = index;
      const opener = heredocOpener.exec(text);
      index = opener ? heredocEnd(text, index + opener[0].length, opener[1]!) : index + 2;
      if (index === -1) return -1;
    } else if (char === '{' || char === '[' || char === '(') {
      depth++;
      index++;
    } else if (char === '}' || char === ']' || char === ')') {
      depth--;
      index++;
      if (depth < 0) return inside && char === '}' ? index : -1;
      if (depth === 0 && !inside && char === '}' && (index === 1 || text[index - 2] === '\n')) {
        const lineEnd = text[index] === '\r' && text[index + 1] === '\n' ? index + 2 : text[index] === '\n' ? index + 1 : -1;
        if (lineEnd !== -1) cut(lineEnd);
      }
    } else index++;
  }
  return inside || depth !== 0 ? -1 : index;
}

/** After the closing quote of a string whose text starts at `at`; interpolations may hold strings of their own. */
function quoted(text: string, at: number): number {
  let index = at;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '"') return index + 1;
    if (char === '\n') return -1;
    if (char === '\\') index += 2;
    else if ((char === '$' || char === '%') && text[index + 1] === char && text[index + 2] === '{') index += 3;
    else if ((char === '$' || char === '%') && text[index + 1] === '{') {
      index = scan(text, index + 2, true, () => {});
      if (index === -1) return -1;
    } else index++;
  }
  return -1;
}

/** After the line that closes a heredoc: the identifier alone on its line, indentation allowed. */
function heredocEnd(text: string, at: number, identifier: string): number {
  let lineStart = at;
  while (lineStart < text.length) {
    const lineEnd = text.indexOf('\n', lineStart);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd);
    if (line.trim() === identifier) return lineEnd === -1 ? text.length : lineEnd;
    if (lineEnd === -1) return -1;
    lineStart = lineEnd + 1;
  }
  return -1;
}
