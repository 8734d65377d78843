import { describe, expect, it } from 'vitest';
import { redactSecrets } from './redact.ts';

describe('secret redaction', () => {
  it.each([
    ['MasterUserPassword: hunter2secret', 'MasterUserPassword: █████████████'],
    ['  "DB_PASSWORD": "s3cr3t-value",', '  "DB_PASSWORD": "████████████",'],
    ['api_key=abcdef123456', 'api_key=████████████'],
    ['AccessKey: AKIAIOSFODNN7EXAMPLE', 'AccessKey: ████████████████████'],
    ['token: ghp_abcdefghijklmnopqrstuvwxyz0123456789', 'token: ████████████████████████████████████████'],
  ])('hides %s', (input, expected) => {
    expect(redactSecrets(input).text).toBe(expected);
  });

  it.each([
    'MasterUserPassword: !Ref DbPassword',
    'MasterUserPassword: "{{resolve:secretsmanager:prod/db:SecretString:password}}"',
    'PasswordLength: 32',
    'SecretArn: arn:aws:secretsmanager:eu-west-1:111122223333:secret:db',
    'ManageMasterUserPassword: true',
    'Description: rotate the token every month',
  ])('keeps the reference or ordinary value in %s', (input) => {
    expect(redactSecrets(input).text).toBe(input);
  });

  it('keeps every line and column in place', () => {
    const text = 'A:\n  Password: supersecret # note\n  Other: x\n';
    const redacted = redactSecrets(text).text;
    expect(redacted.length).toBe(text.length);
    expect(redacted.split('\n').map((line) => line.length)).toEqual(text.split('\n').map((line) => line.length));
    expect(redacted).not.toContain('supersecret');
  });

  it('hides a PEM private key across lines', () => {
    const pem = 'key: |\n  -----BEGIN RSA PRIVATE KEY-----\n  MIIEabc\n  -----END RSA PRIVATE KEY-----\n';
    expect(redactSecrets(pem).text).not.toMatch(/MIIEabc|BEGIN RSA/);
  });
});
