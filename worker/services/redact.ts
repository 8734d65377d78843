/**
 * Redacts values that look like secrets before anything is stored or shown. Each secret is replaced by
 * as many block characters (█) as it had characters, so every line and column the engine reports stays where it was.
 */

/** Keys whose literal values are secrets in any template, CI file or manifest. */
const secretKey = /(pass(word|wd|phrase)?|secret|token|api[_-]?key|access[_-]?key|private[_-]?key|credential|auth[_-]?key|client[_-]?secret)/i;

const patterns: RegExp[] = [
  // AWS access key ids and secret access keys
  /\b(AKIA|ASIA|AGPA|AIDA|AROA|ANPA|ANVA)[0-9A-Z]{16}\b/g,
  /(?<=aws_?secret_?access_?key["']?\s*[:=]\s*["']?)[A-Za-z0-9/+=]{40}/gi,
  // PEM private keys
  /-----BEGIN [A-Z ]*PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/g,
  // Common token formats: GitHub, Slack, Stripe, Google API keys, JWTs
  /\bgh[pousr]_[A-Za-z0-9]{36,}\b/g,
  /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g,
  /\b(sk|rk)_(live|test)_[A-Za-z0-9]{16,}\b/g,
  /\bAIza[0-9A-Za-z_-]{35}\b/g,
  /\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b/g,
];

/** `Password: hunter2`, `"api_key": "abc"`, `DB_PASSWORD=abc`: the value after a secret-looking key on one line. */
const keyValue = /(^|[\s{,"'])([A-Za-z0-9_.-]*)(["']?[ \t]*[:=][ \t]*)(["']?)([^\s"',}{#][^"',}{#\n]*?)(\4)(?=[ \t]*(?:[,}]|#|$))/gm;

/** Values that are references, not secrets: CloudFormation functions, dynamic references, parameters. */
function isReference(value: string): boolean {
  return /^(!|\{\{resolve:|\$\{|arn:|Ref\b|Fn::)/.test(value) || /^(true|false|null|~|\d+)$/i.test(value);
}

/** One UTF-16 unit per character, so columns hold; not `*`, which YAML would read as an alias. */
const maskCharacter = '\u2588';
const mask = (text: string) => text.replace(/[^\s]/g, maskCharacter);

export interface Redaction {
  text: string;
  /** How many values were hidden. */
  count: number;
}

export function redactSecrets(text: string): Redaction {
  let count = 0;
  let result = text;
  for (const pattern of patterns) {
    result = result.replace(pattern, (match) => {
      count++;
      return mask(match);
    });
  }
  result = result.replace(keyValue, (whole, lead: string, key: string, separator: string, quote: string, value: string, closing: string) => {
    if (!secretKey.test(key) || isReference(value.trim()) || /^\u2588+$/.test(value)) return whole;
    count++;
    return `${lead}${key}${separator}${quote}${mask(value)}${closing}`;
  });
  return { text: result, count };
}
