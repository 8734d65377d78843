/** The comments that belong to a block: those inside it and the run of comment lines directly above it. */
import type { Comment } from '../hcl/raw.ts';
import type { Span } from '../hcl/syntax.ts';

/** `comments` in source order. Binary search, so a file with many blocks is not read once per block. */
export function commentsOf(comments: readonly Comment[], text: string, block: Span): Comment[] {
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (comments[middle]!.start < block.start) low = middle + 1;
    else high = middle;
  }
  const above: Comment[] = [];
  let boundary = block.start;
  for (let index = low - 1; index >= 0; index--) {
    const comment = comments[index]!;
    const gap = text.slice(comment.end, boundary);
    // Only whitespace with at most one line break between: a blank line ends "directly above".
    if (gap.trim() !== '' || gap.split('\n').length > 2) break;
    above.unshift(comment);
    boundary = comment.start;
  }
  const inside: Comment[] = [];
  for (let index = low; index < comments.length && comments[index]!.start < block.end; index++) inside.push(comments[index]!);
  return [...above, ...inside];
}
