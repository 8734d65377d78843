/**
 * Putting names a user controls (file paths, logical ids, values quoted in messages) into Markdown that GitHub and
 * GitLab render in a pull request, so they show as written and can never change the document around them.
 */

/** A zero-width space: invisible, but it stops GitHub seeing a mention, an e-mail address or a URL scheme. */
const breakLink = '&#8203;';

/**
 * One line of plain characters: a line break would end the table row or list item, and C0 controls and bidi overrides
 * (which can make a name read as another) become visible replacement characters.
 */
function oneLine(text: string): string {
  return text.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, ' ').replace(/[\u0000-\u0008\u000b-\u001f\u007f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '\uFFFD');
}

/**
 * Text in running prose or a table cell. ASCII punctuation that could open emphasis, a link, HTML, an entity, math
 * (`$`), strikethrough or a cell border is backslash-escaped; GitHub then still finds mentions, bare URLs and e-mail
 * addresses in the rendered text, so those are broken with a zero-width space after `@`, inside `://` and after `www`.
 */
export function markdownText(text: string): string {
  return oneLine(text)
    .replace(/[\\`*_{}[\]<>#|~$&!]/g, (character) => `\\${character}`)
    .replace(/@/g, `@${breakLink}`)
    .replace(/:\/\//g, `:${breakLink}//`)
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}${breakLink}.`);
}

/**
 * A code span that shows `text` exactly (backslashes are literal inside code, so nothing is escaped, and GitHub neither
 * links nor mentions there). Its fence is one backtick longer than the longest run inside, as CommonMark requires, and a
 * space pads content that starts or ends with a backtick or a space, since CommonMark strips one from each side.
 *
 * @example codeSpan('a`b') // '``a`b``'
 */
export function codeSpan(text: string, where: 'text' | 'table cell' = 'text'): string {
  let content = oneLine(text);
  // GFM splits table cells before it reads code spans, so a pipe must be escaped even here (the table removes the
  // backslash again); backslashes right before it are doubled so they cannot escape the escape.
  if (where === 'table cell') content = content.replace(/\\*\|/g, (run) => `${run.slice(0, -1).repeat(2)}\\|`);
  if (content === '') return '` `';
  let longestRun = 0;
  for (const run of content.match(/`+/g) ?? []) longestRun = Math.max(longestRun, run.length);
  const fence = '`'.repeat(longestRun + 1);
  const pad = /^[` ]|[` ]$/.test(content) && content.trim() !== '' ? ' ' : '';
  return `${fence}${pad}${content}${pad}${fence}`;
}
