/** A stretch of text to hide: offsets into the text, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}
