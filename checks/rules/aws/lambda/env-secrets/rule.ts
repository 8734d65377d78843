import type { EnvironmentVariable } from '../../../../model/aws/compute.ts';
import { defineRule } from '../../../rule.ts';

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

function namesASecret(name: string): boolean {
  const parts = words(name);
  const last = parts.at(-1);
  if (last === undefined || referenceSuffixes.has(last)) return false;
  // `auth` alone is too vague (AUTH_PROVIDER); as the last word it is the credential (BASIC_AUTH, REDIS_AUTH).
  if (last === 'auth') return true;
  return parts.some((word, index) => secretWords.has(word) || (word === 'key' && secretKeyWords.has(parts[index - 1] ?? '')));
}

/** Values that cannot be the secret itself: empty, numbers, flags, ARNs and parameter-store paths. */
function looksLikeAReference(value: string): boolean {
  const trimmed = value.trim();
  return trimmed === '' || /^-?\d+(\.\d+)?$/.test(trimmed) || /^(true|false|yes|no)$/i.test(trimmed) || trimmed.startsWith('arn:') || /^\/\S*$/.test(trimmed);
}

function exposedSecret(variable: EnvironmentVariable): boolean {
  if (variable.origin !== 'literal' && variable.origin !== 'parameter') return false;
  return variable.value.state === 'known' && namesASecret(variable.name) && !looksLikeAReference(variable.value.value);
}

export default defineRule({
  id: 'AWS-LAMBDA-ENV-SECRETS',
  title: 'Lambda functions do not keep secrets in plain-text environment variables',
  problem: 'Lambda function keeps a secret in a plain-text environment variable',
  pillar: 'security',
  severity: 'high',
  rationale:
    'Environment variables are shown in the Lambda console and returned by GetFunctionConfiguration to anyone with read access, and a value written in the template (or in a parameter without NoEcho) is also stored in the template, the stack parameters and version control. Keep the secret in Secrets Manager or SSM Parameter Store and pass only its name or ARN, or resolve it with a dynamic reference.',
  guide: 'manage-secrets',
  reads: ['aws.lambda.function'],
  messages: {
    literal: 'environment variable {variable} of function {function} looks like a secret and is written in plain text in the template',
    parameter: 'environment variable {variable} of function {function} looks like a secret and comes from a template parameter without `NoEcho`',
  },
  fix: {
    cloudformation: `Type: AWS::Lambda::Function
Properties:
  Environment:
    Variables:
      DB_SECRET_ARN: !Ref DatabaseSecret   # the function reads the secret at run time
# or, if the value must be an environment variable:
#     DB_PASSWORD: '{{resolve:secretsmanager:prod/db:SecretString:password}}'`,
    terraform: `resource "aws_lambda_function" "api" {
  # ...
  environment {
    variables = {
      DB_SECRET_ARN = aws_secretsmanager_secret.db.arn # read the secret at run time
    }
  }
}`,
  },
  equivalents: { checkov: ['CKV_AWS_45'] },

  check(model, report) {
    for (const fn of model.of('aws.lambda.function'))
      for (const variable of fn.environment) {
        if (!exposedSecret(variable)) continue;
        report(fn, variable.value.at, variable.origin === 'literal' ? 'literal' : 'parameter', { variable: variable.name, function: fn.name });
      }
  },
});
