/**
 * Whether an environment variable holds a secret, judged by its name and value: shared by every rule that reads
 * environment variables (Lambda functions, containers), so they agree on what a secret looks like.
 */

/** Words in a variable name that say it holds a secret (names are split on `_`, `-`, `.` and camelCase). */
const secretWords = new Set(['password', 'passwd', 'pwd', 'passphrase', 'secret', 'secrets', 'token', 'tokens', 'apikey', 'credential', 'credentials', 'privatekey']);
/** Two-word names of secrets: `API_KEY`, `PRIVATE_KEY`, `SIGNING_KEY`, `ENCRYPTION_KEY`. */
const secretKeyWords = new Set(['api', 'private', 'signing', 'encryption']);
/**
 * A last word that makes the variable about a secret rather than the secret itself: `DB_SECRET_ARN`,
 * `TOKEN_TABLE_NAME`, `AUTH_URL`, `TOKEN_TTL`.
 */
const referenceSuffixes = new Set([
  'arn',
  'name',
  'id',
  'ids',
  'url',
  'uri',
  'endpoint',
  'domain',
  'host',
  'region',
  'path',
  'file',
  'param',
  'parameter',
  'type',
  'mode',
  'header',
  'enabled',
  'ttl',
  'timeout',
  'expiry',
  'expiration',
  'length',
  'version',
  'table',
  'bucket',
  'queue',
  'topic',
]);

function words(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** `DB_PASSWORD`, `apiKey`, `BASIC_AUTH` name a secret; `DB_SECRET_ARN`, `TOKEN_TTL`, `AUTH_PROVIDER` do not. */
export function namesASecret(name: string): boolean {
  const parts = words(name);
  const last = parts.at(-1);
  if (last === undefined || referenceSuffixes.has(last)) return false;
  // `auth` alone is too vague (AUTH_PROVIDER); as the last word it is the credential (BASIC_AUTH, REDIS_AUTH).
  if (last === 'auth') return true;
  return parts.some((word, index) => secretWords.has(word) || (word === 'key' && secretKeyWords.has(parts[index - 1] ?? '')));
}

/**
 * Values that cannot be the secret itself: empty, numbers, flags, ARNs, parameter-store and file paths, and a
 * Kubernetes `$(OTHER_VARIABLE)` reference.
 */
export function looksLikeAReference(value: string): boolean {
  const trimmed = value.trim();
  return (
    trimmed === '' ||
    /^-?\d+(\.\d+)?$/.test(trimmed) ||
    /^(true|false|yes|no)$/i.test(trimmed) ||
    trimmed.startsWith('arn:') ||
    /^\/\S*$/.test(trimmed) ||
    /^\$\([A-Za-z_][A-Za-z0-9_]*\)$/.test(trimmed)
  );
}

/** A variable whose name says it holds a secret and whose written value could be that secret. */
export function isSecretValue(name: string, value: string): boolean {
  return namesASecret(name) && !looksLikeAReference(value);
}
