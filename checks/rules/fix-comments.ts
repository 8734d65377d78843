/**
 * The notes in a fix snippet are its comments (`# optional: a customer managed key`). A translation maps each
 * comment to the reader's language; the code around them never changes. Consecutive whole-line comments at
 * the same column (after a trailing comment too) are one note: a sentence wrapped over two lines is translated as one.
 */

/** One note: its English text (lines joined with `\n`) and the lines it occupies. */
interface Note {
  text: string;
  /** Index of the first line and how many lines the note takes. */
  start: number;
  count: number;
  /** What comes before the note's text on its first line: indent or code, then `# ` or `// `. */
  lead: string;
  /** What comes before each further line: spaces to the same column, then the marker. */
  continuation: string;
}

// A comment starts at `#` or `//` at the start of a line or after a space, so `https://` and `"#"` inside code are left alone.
const comment = /^(.*?(?:^|\s))(#|\/\/) ?(.*)$/;

function notesOf(lines: string[]): Note[] {
  const notes: Note[] = [];
  lines.forEach((line, index) => {
    const match = comment.exec(line);
    if (!match || !/[A-Za-z]/.test(match[3]!)) return;
    const [, before, marker, text] = match as unknown as [string, string, string, string];
    const continuation = `${' '.repeat(before.length)}${marker} `;
    const previous = notes.at(-1);
    if (before.trim() === '' && previous?.continuation === continuation && previous.start + previous.count === index) {
      previous.text += `\n${text}`;
      previous.count += 1;
    } else notes.push({ text, start: index, count: 1, lead: `${before}${marker} `, continuation });
  });
  return notes;
}

/** The English notes of a snippet, in order: what a translation has to cover. */
export function fixNotes(snippet: string): string[] {
  return notesOf(snippet.split('\n')).map((note) => note.text);
}

/** The snippet with each note replaced by its translation; notes without one stay as written. */
export function translateFixNotes(snippet: string, translations: Readonly<Record<string, string>>): string {
  const lines = snippet.split('\n');
  const notes = notesOf(lines);
  for (const note of notes.reverse()) {
    const translated = translations[note.text];
    if (translated === undefined) continue;
    lines.splice(note.start, note.count, ...translated.split('\n').map((line, index) => `${index === 0 ? note.lead : note.continuation}${line}`));
  }
  return lines.join('\n');
}
