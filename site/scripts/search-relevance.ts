/**
 * What Pagefind's results mean to a reader. Pagefind falls back to the longest indexed prefix of a word it does
 * not know ("qwertyuiop" finds "Q", "asdf" finds "as") and matches Chinese character by character ("大促" marks the
 * 促 of 仓促). These pure functions decide which results really contain the query and which hits to highlight.
 */

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/u;
const cjkRun = /[\u3400-\u9fff\uf900-\ufaff]+/gu;
const wordRun = /[\p{L}\p{N}]+/gu;

export interface QueryTerms {
  /** Lower-cased words in alphabetic scripts and numbers: `s3`, `encryption`. */
  words: string[];
  /** Runs of Chinese characters: `存储桶`, `大促`. */
  han: string[];
}

/** `S3 存储桶 public-access` → words `s3`, `public`, `access`; han `存储桶`. */
export function queryTerms(query: string): QueryTerms {
  const han = query.match(cjkRun) ?? [];
  const words = (query.replace(cjkRun, ' ').toLowerCase().match(wordRun) ?? []).filter((word) => word.length > 0);
  return { words: [...new Set(words)], han: [...new Set(han)] };
}

function commonPrefix(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/**
 * How much of a word must match for a hit to count: all of a short word, and most of a long one, so that stemming
 * (`encryption` → `encrypted`, `policies` → `policy`) still counts but a two-letter prefix of nonsense does not.
 */
function neededPrefix(term: string): number {
  return Math.min(term.length, Math.max(3, Math.ceil(term.length * 0.6)));
}

function bigrams(text: string): string[] {
  const pairs: string[] = [];
  for (let index = 0; index + 1 < text.length; index++) pairs.push(text.slice(index, index + 2));
  return pairs;
}

/** A Chinese term counts when it appears whole, or (three characters or more) when most of its character pairs do. */
function hanTermMatches(text: string, term: string): boolean {
  if (text.includes(term)) return true;
  if (term.length < 3) return false;
  const pairs = bigrams(term);
  return pairs.filter((pair) => text.includes(pair)).length / pairs.length >= 2 / 3;
}

/** True when the page's text contains every term of the query, as a reader would understand "contains". */
export function isRelevant(content: string, terms: QueryTerms): boolean {
  if (terms.words.length > 0) {
    const contentWords = new Set(content.toLowerCase().match(wordRun) ?? []);
    for (const term of terms.words) {
      const needed = neededPrefix(term);
      let found = false;
      for (const word of contentWords) {
        if (commonPrefix(word, term) >= needed) {
          found = true;
          break;
        }
      }
      if (!found) return false;
    }
  }
  if (terms.han.length > 0) {
    const text = content.replace(/\s+/g, '');
    if (!terms.han.every((term) => hanTermMatches(text, term))) return false;
  }
  return true;
}

export interface ExcerptPart {
  text: string;
  marked: boolean;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/**
 * Splits Pagefind's excerpt (HTML-escaped text with `<mark>` around hits) into plain parts. Pagefind's marks on
 * alphabetic words are kept; marks on Chinese text are replaced by marks on the runs of two or more characters
 * that belong to a query term, so `大促` is marked as one hit and the lone 促 of 仓促 is not marked at all.
 */
export function excerptParts(excerpt: string, terms: QueryTerms): ExcerptPart[] {
  const raw = excerpt.split(/<\/?mark>/).map((part, index) => ({ text: decodeEntities(part), marked: index % 2 === 1 }));
  const parts: ExcerptPart[] = [];
  for (const part of raw) {
    if (!part.marked || !cjk.test(part.text)) {
      parts.push(part);
      continue;
    }
    parts.push({ text: part.text, marked: false });
  }
  // Merge neighbours with the same state so Chinese runs split by Pagefind's marks can be matched across them.
  const merged: ExcerptPart[] = [];
  for (const part of parts) {
    const last = merged.at(-1);
    if (last && last.marked === part.marked) last.text += part.text;
    else if (part.text) merged.push({ ...part });
  }
  return merged.flatMap((part) => (part.marked || terms.han.length === 0 ? [part] : markHan(part.text, terms.han)));
}

/** Marks, left to right, the longest stretch of text that is part of some Chinese query term (two characters at least). */
function markHan(text: string, han: string[]): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let plain = '';
  let index = 0;
  while (index < text.length) {
    let best = 0;
    for (const term of han) {
      const shortest = Math.min(2, term.length);
      for (let length = Math.min(term.length, text.length - index); length >= shortest && length > best; length--) {
        if (term.includes(text.slice(index, index + length))) {
          best = length;
          break;
        }
      }
    }
    if (best > 0) {
      if (plain) parts.push({ text: plain, marked: false });
      parts.push({ text: text.slice(index, index + best), marked: true });
      plain = '';
      index += best;
    } else {
      plain += text[index];
      index++;
    }
  }
  if (plain) parts.push({ text: plain, marked: false });
  return parts;
}
