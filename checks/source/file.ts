/** A source file as the engine sees it: a path, its text, and a lazily built index from offsets to lines. */

export interface SourceFile {
  /** Path as the user gave it (relative paths stay relative), used in every finding and diagnostic. */
  readonly path: string;
  readonly text: string;
  /** Offsets where each line starts; built on first use. */
  lineStarts?: number[];
}

export interface Position {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in UTF-16 code units as editors and SARIF viewers expect. */
  column: number;
}

export function sourceFile(path: string, text: string): SourceFile {
  return { path, text };
}

function lineStartsOf(file: SourceFile): number[] {
  if (file.lineStarts) return file.lineStarts;
  const starts = [0];
  const text = file.text;
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1)) starts.push(index + 1);
  file.lineStarts = starts;
  return starts;
}

/** Line and column of an offset (binary search over line starts). */
export function positionAt(file: SourceFile, offset: number): Position {
  const starts = lineStartsOf(file);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

/** The text of a 1-based line, without its line break. */
export function lineText(file: SourceFile, line: number): string {
  const starts = lineStartsOf(file);
  const start = starts[line - 1];
  if (start === undefined) return '';
  const next = starts[line];
  return file.text.slice(start, next === undefined ? undefined : next - 1).replace(/\r$/, '');
}
