import { describe, expect, it } from 'vitest';
import { resourcesOf, value, where } from './support/snippets.ts';

describe('aws_secretsmanager_secret', () => {
  it('is rotated when a rotation names it by reference or name; unknown when a rotation names something else', () => {
    const secrets = resourcesOf(
      `resource "aws_secretsmanager_secret" "db" {
  name = "prod/db"
}

resource "aws_secretsmanager_secret" "token" {
  name = "prod/token"
}

resource "aws_secretsmanager_secret" "plain" {}

resource "aws_secretsmanager_secret_rotation" "db" {
  secret_id = aws_secretsmanager_secret.db.id
}

resource "aws_secretsmanager_secret_rotation" "token" {
  secret_id = "prod/token"
}
`,
      'aws.secretsmanager.secret',
    );
    expect(value(secrets.get('aws_secretsmanager_secret.db')!.rotation)).toBe(true);
    expect(value(secrets.get('aws_secretsmanager_secret.token')!.rotation)).toBe(true);
    expect(where(secrets.get('aws_secretsmanager_secret.plain')!.rotation)).toEqual({ value: false, line: 9, property: 'aws_secretsmanager_secret_rotation' });

    const unresolved = resourcesOf(
      `variable "secret_arn" {}

resource "aws_secretsmanager_secret" "plain" {}

resource "aws_secretsmanager_secret_rotation" "other" {
  secret_id = var.secret_arn
}
`,
      'aws.secretsmanager.secret',
    );
    expect(value(unresolved.get('aws_secretsmanager_secret.plain')!.rotation)).toBe('unknown');
  });
});
