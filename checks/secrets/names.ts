/** Which keys name a secret, and which values only point at one (references are shown, secrets are not). */

/**
 * Endings of a key (lower-cased, separators removed) that name the secret itself. Only the ending counts, so
 * `MinimumPasswordLength`, `PasswordPolicy`, `TokenValidity`, `SecretArn` and `HttpTokens` (plural: the IMDS
 * setting, whose values `required`/`optional` decide a finding) stay visible.
 */
const secretEndings = [
  'password',
  'passwd',
  'passphrase',
  'pwd',
  'secret',
  'secretkey',
  'secretstring',
  'token',
  'apikey',
  'accesskey',
  'privatekey',
  'authkey',
  'signingkey',
  'credential',
  'credentials',
  'authorization',
];

/** Tokens that page, deduplicate or route requests: `NextToken`, `ClientRequestToken`, `ServiceToken` (a Lambda ARN). */
const nonSecretEndings = [
  'nexttoken',
  'resulttoken',
  'continuationtoken',
  'paginationtoken',
  'pagetoken',
  'startingtoken',
  'synctoken',
  'clienttoken',
  'clientrequesttoken',
  'idempotencytoken',
  'servicetoken',
  'tasktoken',
];

const isAlphanumeric = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
const lower = (code: number) => (code >= 65 && code <= 90 ? code + 32 : code);

/** Whether the letters and digits of `text[start, end)`, lower-cased, end with `ending`: `DB_Pass_Word` ends with `password`. */
function endsWithWord(text: string, start: number, end: number, ending: string): boolean {
  let position = end - 1;
  for (let index = ending.length - 1; index >= 0; index--) {
    while (position >= start && !isAlphanumeric(text.charCodeAt(position))) position--;
    if (position < start || lower(text.charCodeAt(position)) !== ending.charCodeAt(index)) return false;
    position--;
  }
  return true;
}

/** The endings above by their last letter: most keys are told apart by one comparison, the rest by a few. */
function byLastLetter(endings: string[]): Map<number, string[]> {
  const grouped = new Map<number, string[]>();
  for (const ending of endings) {
    const last = ending.charCodeAt(ending.length - 1);
    grouped.set(last, [...(grouped.get(last) ?? []), ending]);
  }
  return grouped;
}
const none: string[] = [];
const secretByLast = byLastLetter(secretEndings);
const nonSecretByLast = byLastLetter(nonSecretEndings);

/** Longer keys are prose or data, not names. */
const maxKeyLength = 128;

/**
 * True when the key `text[start, end)` names a secret: `MasterUserPassword`, `DB_PASSWORD`, `api_key`,
 * `--db-password`, `x-api-key`. Called for every key of every upload, so it allocates nothing.
 */
export function namesASecretAt(text: string, start: number, end: number): boolean {
  if (end - start > maxKeyLength) return false;
  while (end > start && !isAlphanumeric(text.charCodeAt(end - 1))) end--;
  if (end === start) return false;
  const last = lower(text.charCodeAt(end - 1));
  for (const ending of nonSecretByLast.get(last) ?? none) if (endsWithWord(text, start, end, ending)) return false;
  for (const ending of secretByLast.get(last) ?? none) if (endsWithWord(text, start, end, ending)) return true;
  // `pass` only as a whole word: `DB_PASS` and `dbPass`, never `Bypass`.
  if (last !== 115 /* s */ || end - start < 4 || !endsWithWord(text, end - 4, end, 'pass')) return false;
  if (end - start === 4) return true;
  const before = text.charCodeAt(end - 5);
  const first = text.charCodeAt(end - 4);
  return !isAlphanumeric(before) || (first >= 65 && first <= 90 && before >= 97 && before <= 122);
}

/**
 * True when a key names a secret.
 *
 * @example namesASecret('ClientSecret') // true
 * @example namesASecret('MinimumPasswordLength') // false
 */
export function namesASecret(key: string): boolean {
  return namesASecretAt(key, 0, key.length);
}

/** Keys that take their value after a space on a command line: `--password …`, `aws configure set aws_secret_access_key …`. */
export function takesSpacedValue(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(start) === 45 && text.charCodeAt(start + 1) === 45) return true;
  return end - start <= 32 && (endsWithWord(text, start, end, 'awssecretaccesskey') || endsWithWord(text, start, end, 'awssessiontoken'));
}

const isBlankOrBreak = (code: number) => code === 32 || code === 9 || code === 10 || code === 13;
const isIdentifierStart = (code: number) => (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || code === 95;
const isIdentifierPart = (code: number) => isIdentifierStart(code) || (code >= 48 && code <= 57) || code === 46;

/** Values that are YAML booleans or null rather than text. */
const scalarWords = new Set(['true', 'false', 'yes', 'no', 'on', 'off', 'null', '~']);

/**
 * Whether `text[start, end)` points at a secret instead of holding it, or cannot be one: CloudFormation tags
 * (`!Ref DbPassword`), dynamic references (`{{resolve:secretsmanager:…}}`), substitutions and variables
 * (`${DbPassword}`, `$DB_PASSWORD`, `$(aws ssm …)`), ARNs, booleans and null, and code that reads one
 * (`response['keyPair']['PrivateKey']`, `os.getenv("DB_PASSWORD")` in inline Lambda code). Allocates only for
 * values of five characters or fewer.
 */
export function isReferenceAt(text: string, start: number, end: number): boolean {
  while (start < end && isBlankOrBreak(text.charCodeAt(start))) start++;
  while (end > start && isBlankOrBreak(text.charCodeAt(end - 1))) end--;
  if (start === end) return true;
  const first = text.charCodeAt(start);
  const second = text.charCodeAt(start + 1);
  if (first === 0x21 /* ! */ || first === 0x2a /* * */) return true;
  if (first === 0x7b /* { */ && second === 0x7b) return true;
  if (first === 0x24 /* $ */ && end - start > 1 && (second === 0x7b || second === 0x28 || isIdentifierStart(second))) return true;
  if (text.startsWith('arn:', start)) return true;
  if (end - start <= 5 && scalarWords.has(text.slice(start, end).toLowerCase())) return true;
  if (isIdentifierStart(first)) {
    let index = start + 1;
    while (index < end && index - start <= 100 && isIdentifierPart(text.charCodeAt(index))) index++;
    const after = text.charCodeAt(index);
    if (index < end && (after === 0x5b /* [ */ || after === 0x28) /* ( */) return true;
  }
  // Already masked.
  for (let index = start; index < end; index++) if (text.charCodeAt(index) !== 0x2588) return false;
  return true;
}
