/**
 * Credentials recognisable by their own shape, wherever they stand: AWS access key ids, GitHub, GitLab, Slack,
 * Stripe, npm and Google API tokens, JWTs, Slack and Discord webhook URLs. Each format is a literal prefix found
 * with `indexOf` and a body of bounded length over one character class, so the time is linear in the input.
 */
import type { Span } from './span.ts';

interface TokenFormat {
  /** What the token is, for tests and reading. */
  name: string;
  prefixes: string[];
  /** Characters the body may hold. */
  body: (code: number) => boolean;
  minBody: number;
  maxBody: number;
  /** Extra check of the whole token (bounded by `maxBody`). */
  valid?: (token: string) => boolean;
  /** Hide only the body (the part after a URL prefix), not the prefix. */
  hideBodyOnly?: boolean;
}

const isDigit = (code: number) => code >= 48 && code <= 57;
const isUpper = (code: number) => code >= 65 && code <= 90;
const isLower = (code: number) => code >= 97 && code <= 122;
const isAlphanumeric = (code: number) => isDigit(code) || isUpper(code) || isLower(code);
const isWord = (code: number) => isAlphanumeric(code) || code === 95;
const isUpperOrDigit = (code: number) => isDigit(code) || isUpper(code);
const isUrlSafe = (code: number) => isWord(code) || code === 45;
const isJwtCharacter = (code: number) => isUrlSafe(code) || code === 46;
const isWebhookPath = (code: number) => isUrlSafe(code) || code === 47;

export const tokenFormats: readonly TokenFormat[] = [
  { name: 'AWS access key id', prefixes: ['AKIA', 'ASIA'], body: isUpperOrDigit, minBody: 16, maxBody: 16 },
  { name: 'GitHub token', prefixes: ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_'], body: isAlphanumeric, minBody: 36, maxBody: 251 },
  { name: 'GitHub fine-grained token', prefixes: ['github_pat_'], body: isWord, minBody: 22, maxBody: 244 },
  { name: 'GitLab token', prefixes: ['glpat-'], body: isUrlSafe, minBody: 20, maxBody: 250 },
  { name: 'Slack token', prefixes: ['xoxb-', 'xoxp-', 'xoxa-', 'xoxr-', 'xoxs-', 'xoxe-', 'xapp-'], body: (code) => isAlphanumeric(code) || code === 45, minBody: 10, maxBody: 250 },
  { name: 'Stripe secret key', prefixes: ['sk_live_', 'rk_live_', 'sk_test_', 'rk_test_', 'whsec_'], body: isAlphanumeric, minBody: 16, maxBody: 250 },
  { name: 'npm token', prefixes: ['npm_'], body: isAlphanumeric, minBody: 36, maxBody: 36 },
  { name: 'Google API key', prefixes: ['AIza'], body: isUrlSafe, minBody: 35, maxBody: 35 },
  {
    name: 'JSON Web Token',
    prefixes: ['eyJ'],
    body: isJwtCharacter,
    minBody: 27,
    maxBody: 16_384,
    valid: (token) => {
      const parts = token.split('.');
      return parts.length === 3 && parts.every((part) => part.length >= 10);
    },
  },
  { name: 'Slack webhook', prefixes: ['hooks.slack.com/services/', 'hooks.slack.com/workflows/', 'hooks.slack.com/triggers/'], body: isWebhookPath, minBody: 8, maxBody: 512, hideBodyOnly: true },
  { name: 'Discord webhook', prefixes: ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'], body: isWebhookPath, minBody: 8, maxBody: 512, hideBodyOnly: true },
];

/**
 * A token may follow a word break, or a JSON escape such as `\n` (`"…\nghp_…"`), never the middle of a word:
 * `XAKIA…` is not an access key id.
 */
function startsAWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const before = text.charCodeAt(at - 1);
  if (!isWord(before)) return true;
  return (before === 110 || before === 116 || before === 114) && at >= 2 && text.charCodeAt(at - 2) === 92;
}

/** Prefixes grouped by their first three characters, so `xoxb-`, `xoxp-` … cost one search, not six. */
const byStem = new Map<string, { format: TokenFormat; prefix: string }[]>();
for (const format of tokenFormats)
  for (const prefix of format.prefixes) {
    const stem = prefix.slice(0, 3);
    byStem.set(stem, [...(byStem.get(stem) ?? []), { format, prefix }]);
  }

/** The end of the token of `format` starting at `at` with `prefix`, or -1; `reach` learns how far was read. */
function tokenAt(text: string, at: number, format: TokenFormat, prefix: string, reach: { end: number }): number {
  if (!text.startsWith(prefix, at)) return -1;
  const bodyStart = at + prefix.length;
  let end = bodyStart;
  // Read one past the longest body, so a longer run is told apart from a token.
  while (end < text.length && end - bodyStart <= format.maxBody && format.body(text.charCodeAt(end))) end++;
  reach.end = Math.max(reach.end, end);
  const length = end - bodyStart;
  const endsTheWord = end >= text.length || !(format.body(text.charCodeAt(end)) || isWord(text.charCodeAt(end)));
  if (!endsTheWord || length < format.minBody || length > format.maxBody) return -1;
  return !format.valid || format.valid(text.slice(at, end)) ? end : -1;
}

/** Spans of every recognisable token in `text`. */
export function findTokens(text: string): Span[] {
  const spans: Span[] = [];
  const reach = { end: 0 };
  for (const [stem, candidates] of byStem) {
    let from = 0;
    for (let at = text.indexOf(stem, from); at !== -1; at = text.indexOf(stem, from)) {
      reach.end = at + 1;
      if (startsAWord(text, at)) {
        for (const { format, prefix } of candidates) {
          const end = tokenAt(text, at, format, prefix, reach);
          if (end === -1) continue;
          spans.push({ start: format.hideBodyOnly ? at + prefix.length : at, end });
          break;
        }
      }
      // Later occurrences inside what was read cannot start a word; each character is read a bounded number of times.
      from = reach.end;
    }
  }
  return spans;
}
