import { describe, expect, it } from 'vitest';
import { decodedBase64, maxLineLength, scanScript } from './boot-secrets.ts';

const names = (text: string) => scanScript(text).map((hit) => `${hit.kind} ${hit.name}`);

describe('scanScript', () => {
  it('finds written secrets in shell, YAML and JSON lines', () => {
    expect(names('export DB_PASSWORD=hunter2\nmysql --password="S3cret!"\n  "apiKey": "abc",\nsecret_token: xyz # note')).toEqual([
      'assignment DB_PASSWORD',
      'assignment password',
      'assignment apiKey',
      'assignment secret_token',
    ]);
    expect(names('-----BEGIN EC PRIVATE KEY-----\nMHc\n-----END EC PRIVATE KEY-----')).toEqual(['private-key EC PRIVATE KEY']);
    expect(names("echo '{{resolve:secretsmanager:prod/db:SecretString:password}}'")).toEqual(['secret-reference prod/db']);
  });

  it('leaves variables, fetched values, references and settings about secrets alone', () => {
    const quiet = [
      'DB_PASSWORD=$(aws secretsmanager get-secret-value --secret-id db)',
      'export API_TOKEN="$TOKEN_FROM_SSM"',
      'PASSWORD=${DbPassword}',
      'DB_SECRET_ARN=arn:aws:secretsmanager:eu-west-1:1:secret:x',
      'PASSWORD_LENGTH=32',
      'if [ "$PASSWORD" == "" ]; then exit 1; fi',
      'PasswordAuthentication no',
      'auth: password',
      'password_file: /run/secrets/db',
      'PASSWORD=',
      '-----BEGIN CERTIFICATE-----',
    ];
    expect(names(quiet.join('\n'))).toEqual([]);
  });

  it('reads adversarial text in linear time and cuts long lines', () => {
    const started = performance.now();
    scanScript(`${'a='.repeat(200_000)}\n${'PASSWORD'.repeat(100_000)}\n${'-----BEGIN '.repeat(50_000)}`);
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(names(`${'x'.repeat(maxLineLength)} TOKEN=abc`)).toEqual([]);
  });
});

describe('decodedBase64', () => {
  it('decodes base64 text and leaves scripts alone', () => {
    expect(decodedBase64(btoa('#!/bin/bash\nTOKEN=x\n'))).toBe('#!/bin/bash\nTOKEN=x\n');
    expect(decodedBase64('#!/bin/bash\necho hi')).toBeUndefined();
  });
});
